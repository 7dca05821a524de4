package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.check.SourceLocation;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Policy;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a hand-written lab reads as: defaults, policies, flows, layout and extras. */
class LabReaderTest {

    private static final String SMALL_LAB =
            """
            format: vpclab/1
            components:
              - kind: region
                id: eu-west-1
              - kind: vpc
                id: vpc-a
                region: eu-west-1
                cidr: 10.0.0.0/16
              - kind: routeTable
                id: rt-a
                vpc: vpc-a
                routes:
                  - destination: 10.0.0.0/16
                    target: local
                  - destination: pl-s3
                    target: vpce-s3
                  - destination: 172.16.0.0/12
                    target: vgw-a
                    origin: propagated
              - kind: nacl
                id: acl-a
                vpc: vpc-a
                inbound:
                  - {rule: 100, action: allow, protocol: tcp, ports: "1024-65535", cidr: 0.0.0.0/0}
              - kind: gatewayEndpoint
                id: vpce-s3
                vpc: vpc-a
                service: s3
                region: eu-west-1
                serviceName: com.amazonaws.eu-west-1.s3
                routeTables: [rt-a]
                prefixList: pl-s3
                policy:
                  Statement:
                    Effect: Allow
                    Principal: {AWS: "arn:aws:iam::111122223333:root", Service: ec2.amazonaws.com}
                    Action: s3:GetObject
                    Resource: [arn:aws:s3:::a/*, arn:aws:s3:::b/*]
                    Condition:
                      StringEquals: {aws:SourceVpc: vpc-a, aws:PrincipalAccount: [111122223333, "444455556666"]}
              - kind: interfaceEndpoint
                id: vpce-sqs
                vpc: vpc-a
                service: sqs
                serviceName: com.amazonaws.eu-west-1.sqs
                subnets: []
                privateDns: false
                dnsNames:
                  regional: vpce-1.sqs.eu-west-1.vpce.amazonaws.com
                  zonal: [vpce-1-eu-west-1a.sqs.eu-west-1.vpce.amazonaws.com]
              - kind: managedPrefixList
                id: pl-s3
                name: com.amazonaws.eu-west-1.s3
                region: eu-west-1
                addressFamily: IPv4
                cidrs: [52.218.0.0/17]
              - kind: virtualPrivateGateway
                id: vgw-a
                vpc: vpc-a
              - kind: awsService
                id: ddb
                service: dynamodb
                region: eu-west-1
                serviceName: com.amazonaws.eu-west-1.dynamodb
                tables:
                  - name: orders
            layout:
              vpc-a: {x: 10, y: 20.5, w: 400, h: 300}
              rt-a: {x: 30, y: 40}
            flows:
              - name: ping
                from: vpc-a
                to: 10.0.0.9
                protocol: icmp
                icmpType: echo-request
            expect:
              reachable: true
              answer: [1, 2.5, null, "x"]
            """;

    private static Lab read(String yaml) {
        LoadResult result = LabReader.read(yaml, "labs/small-lab.yaml");
        assertThat(result.problems()).isEmpty();
        return result.lab().orElseThrow();
    }

    @Test
    void titleDefaultsToTheFileNameAndRegionToTheFirstRegionComponent() {
        Lab lab = read(SMALL_LAB);

        assertThat(lab.title()).isEqualTo("small-lab");
        assertThat(lab.region()).isEqualTo("eu-west-1");
        assertThat(lab.description()).isEmpty();
    }

    @Test
    void optionalFieldsTakeTheirAwsDefaults() {
        Lab lab = read(SMALL_LAB);

        Vpc vpc = lab.component("vpc-a", Vpc.class).orElseThrow();
        assertThat(vpc.enableDnsSupport()).isTrue();
        assertThat(vpc.enableDnsHostnames()).isFalse();
        assertThat(vpc.account()).isEmpty();
        assertThat(lab.component("acl-a", NetworkAcl.class).orElseThrow().isDefault()).isFalse();
        InterfaceEndpoint sqs = lab.component("vpce-sqs", InterfaceEndpoint.class).orElseThrow();
        assertThat(sqs.state()).isEqualTo("available");
        assertThat(sqs.privateDnsOnlyForInboundResolverEndpoint()).isFalse();
        assertThat(sqs.policy()).isEqualTo(new Policy.DefaultFullAccess());
        assertThat(sqs.regionalDnsName()).contains("vpce-1.sqs.eu-west-1.vpce.amazonaws.com");
        assertThat(sqs.zonalDnsNames()).hasSize(1);
        GatewayEndpoint s3 = lab.component("vpce-s3", GatewayEndpoint.class).orElseThrow();
        assertThat(s3.ipAddressType()).isEqualTo("ipv4");
        assertThat(s3.dnsRecordIpType()).isEqualTo("service-defined");
    }

    @Test
    void routesKeepPrefixListsAndOrigin() {
        RouteTable rt = read(SMALL_LAB).component("rt-a", RouteTable.class).orElseThrow();

        assertThat(rt.routes())
                .extracting(Object::toString)
                .containsExactly(
                        "10.0.0.0/16 -> local", "pl-s3 -> vpce-s3", "172.16.0.0/12 -> vgw-a");
        assertThat(rt.routes())
                .extracting(r -> r.origin())
                .containsExactly(RouteOrigin.STATIC, RouteOrigin.STATIC, RouteOrigin.PROPAGATED);
    }

    @Test
    void aPolicyStatementMayBeOneObjectWithSingleValuesAndPrincipalMaps() {
        GatewayEndpoint s3 =
                read(SMALL_LAB).component("vpce-s3", GatewayEndpoint.class).orElseThrow();

        Policy.Document doc = (Policy.Document) s3.policy();
        assertThat(doc.version()).isEmpty();
        Policy.Statement st = doc.statements().get(0);
        assertThat(st.effect()).isEqualTo(Policy.Effect.ALLOW);
        assertThat(st.principals())
                .containsExactly("arn:aws:iam::111122223333:root", "ec2.amazonaws.com");
        assertThat(st.actions()).containsExactly("s3:GetObject");
        assertThat(st.resources()).hasSize(2);
        assertThat(st.conditions())
                .containsExactly(
                        new Policy.Condition("StringEquals", "aws:SourceVpc", List.of("vpc-a")),
                        new Policy.Condition(
                                "StringEquals",
                                "aws:PrincipalAccount",
                                List.of("111122223333", "444455556666")));
    }

    @Test
    void tablesOfDynamoDbBecomeResourcesInTheServiceRegionWithNoPolicy() {
        AwsService ddb = read(SMALL_LAB).component("ddb", AwsService.class).orElseThrow();

        assertThat(ddb.resources())
                .containsExactly(
                        new AwsService.Resource("orders", "eu-west-1", java.util.Optional.empty()));
    }

    @Test
    void flowsLayoutAndExtrasAreRead() {
        Lab lab = read(SMALL_LAB);

        Flow ping = lab.flows().get(0);
        assertThat(ping.name()).contains("ping");
        assertThat(ping.protocol()).isEqualTo(Protocol.ICMP);
        assertThat(ping.port()).isEmpty();
        assertThat(ping.ipVersion()).isEqualTo(IpVersion.V4);
        assertThat(ping.icmpType()).contains("echo-request");
        assertThat(lab.layout())
                .containsEntry("vpc-a", LayoutBox.box(10, 20.5, 400, 300))
                .containsEntry("rt-a", LayoutBox.at(30, 40));
        assertThat(lab.extras()).containsOnlyKeys("expect");
        @SuppressWarnings("unchecked")
        Map<String, Object> expect = (Map<String, Object>) lab.extras().get("expect");
        assertThat(expect.get("reachable")).isEqualTo(true);
        assertThat(expect.get("answer")).isEqualTo(java.util.Arrays.asList(1, 2.5, null, "x"));
    }

    @Test
    void theSmallLabRoundTripsThroughYamlAndJson() {
        Lab lab = read(SMALL_LAB);

        assertThat(LabReader.read(LabWriter.toYaml(lab), "a.yaml").lab()).contains(lab);
        assertThat(LabReader.read(LabWriter.toJson(lab), "a.json").lab()).contains(lab);
    }

    @Test
    void theSourceMapLocatesFieldsAndFallsBackToTheComponentThenTheFile() {
        SourceMap map = LabReader.read(SMALL_LAB, "small.yaml").sourceMap();

        assertThat(map.locate("rt-a", "routes[1].target"))
                .contains(new SourceLocation("small.yaml", 16, 17));
        // no such field: the nearest enclosing one
        assertThat(map.locate("rt-a", "routes[1].note"))
                .contains(new SourceLocation("small.yaml", 15, 9));
        assertThat(map.locate("rt-a", "tags")).isEqualTo(map.locateComponent("rt-a"));
        assertThat(map.locateComponent("rt-a")).contains(new SourceLocation("small.yaml", 9, 5));
        assertThat(map.locate("nothing", "cidr")).contains(new SourceLocation("small.yaml", 1, 1));
        assertThat(map.locate("", "flows[0].icmpType").orElseThrow().line()).isEqualTo(75);
    }

    @Test
    void problemsOfTheCheckerAreGivenTheirLocation() {
        SourceMap map = LabReader.read(SMALL_LAB, "small.yaml").sourceMap();
        Problem dangling =
                Problem.error("DANGLING_REFERENCE", "rt-a", "routes[2].target", Message.of("x.y"));

        List<Problem> located = LabReader.located(List.of(dangling), map);

        assertThat(located.get(0).location()).contains(new SourceLocation("small.yaml", 18, 17));
    }

    @Test
    void aJsonFileIndentedWithTabsLoadsLikeTheYaml() {
        Lab fromYaml = read(SMALL_LAB);
        String json = LabWriter.toJson(fromYaml).replace("  ", "\t");

        LoadResult fromJson = LabReader.read(json, "labs/small-lab.json");

        assertThat(json).contains("\t\"components\"");
        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.lab()).contains(fromYaml);
    }
}
