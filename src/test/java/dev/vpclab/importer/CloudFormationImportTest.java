package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transit network of {@link TransitImportTest} written as a CloudFormation template (YAML,
 * short forms): parameters with defaults, pseudo parameters, !Cidr/!Select/!GetAZs/!FindInMap, a
 * false condition, a parameter without a default, and what AWS makes by itself (main route tables,
 * default ACLs and groups, a NAT gateway's and an instance's addresses) rebuilt and reported.
 */
class CloudFormationImportTest {
    static final Path TRANSIT = Path.of("src/test/resources/import/cloudformation/transit.yaml");

    static ImportResult result;
    static Lab lab;

    @TempDir Path dir;

    @BeforeAll
    static void importIt() throws Exception {
        result = CloudFormationImporter.importFrom(TRANSIT, Optional.empty());
        lab = ImportedLabs.savedAndLoaded(result.lab());
    }

    @Test
    void theShortFormsAreEvaluatedWithTheParametersDefaults() {
        Subnet pub = lab.component("HubPublicSubnet", Subnet.class).orElseThrow();
        // !Select [1, !Cidr [!GetAtt HubVpc.CidrBlock, 4, 8]] and !Select [0, !GetAZs ""]
        assertThat(pub.cidr().toString()).isEqualTo("10.0.1.0/24");
        assertThat(pub.az()).isEqualTo("us-east-1a");
        assertThat(pub.azId()).isEqualTo("use1-az1");
        assertThat(lab.component("HubTgwSubnet", Subnet.class).orElseThrow().cidr().toString())
                .isEqualTo("10.0.2.0/24");
        RouteTable spoke = lab.component("SpokeTable", RouteTable.class).orElseThrow();
        assertThat(spoke.routes())
                .extracting(r -> r.destination() + " -> " + r.target())
                .contains("10.2.0.0/16 -> Peering", "0.0.0.0/0 -> Tgw");
        assertThat(lab.region()).isEqualTo("us-east-1");
    }

    @Test
    void whatAwsMakesOrAssignsIsRebuiltAndReported() {
        // A NAT gateway's private address: the subnet's fifth (AWS keeps the first four).
        NatGateway nat = lab.component("HubNat", NatGateway.class).orElseThrow();
        assertThat(nat.privateIp().toString()).isEqualTo("10.0.1.4");
        // The VPN VPC's subnet has its own table; the main one AWS made is there too.
        assertThat(lab.component("VpnVpc-main-rtb", RouteTable.class)).isPresent();
        assertThat(lab.component("VpnAppSubnet", Subnet.class).orElseThrow().nacl())
                .isEqualTo("VpnVpc-default-acl");
        // No SecurityGroupIds: the VPC's default group.
        assertThat(lab.component("SpokeHost", Instance.class).orElseThrow().securityGroups())
                .containsExactly("sg-spokevpc-default");
        // A VPN to a transit gateway: its attachment takes the default table.
        TransitGateway tgw = lab.component("Tgw", TransitGateway.class).orElseThrow();
        assertThat(tgw.routeTables())
                .extracting(TransitGateway.RouteTableEntry::id)
                .contains("Tgw-default-rtb", "SpokeTgwTable");
        List<String> assumed =
                result.report().with(Outcome.ASSUMED).stream()
                        .map(e -> e.jsonPath() + " " + e.message().english())
                        .toList();
        assertThat(assumed)
                .anyMatch(
                        s ->
                                s.contains(
                                        "AWS::Region is us-east-1, the default of the parameter Region"))
                .anyMatch(s -> s.contains("AWS::AccountId is 123456789012"))
                .anyMatch(
                        s ->
                                s.startsWith(
                                        "$.Resources.HubNat.Properties HubNat: AWS assigns its private address"))
                .anyMatch(
                        s ->
                                s.contains(
                                        "NatEip: AWS assigns its public address; the placeholder 198.51.100.200"))
                .anyMatch(s -> s.contains("Fn::GetAZs us-east-1"));
    }

    @Test
    void whatCannotBeEvaluatedOrModelledIsReportedWithItsTemplatePath() {
        List<String> ignored =
                result.report().with(Outcome.IGNORED).stream()
                        .map(e -> e.jsonPath() + " " + e.message().english())
                        .toList();
        assertThat(ignored)
                .contains(
                        "$.Resources.SpokeHost.Properties.KeyName.Ref the parameter KeyName has no default value: left out, not guessed.",
                        "$.Resources.Database Database: its condition WithDatabase is false with the parameters' defaults.",
                        "$.Resources.Logs Logs: the resource type AWS::Logs::LogGroup is not imported (the lab does not model it).");
    }

    @Test
    void theTemplateAndTheDescribeExportGiveTheSameVerdicts() throws Exception {
        Lab describe =
                TerraformImportTest.withInternetHost(
                        ImportedLabs.savedAndLoaded(
                                AwsDescribeImporter.importFrom(TransitImportTest.FIXTURE).lab()));
        Lab template = TerraformImportTest.withInternetHost(lab);
        // (from in the describe export, from in the template, to, port)
        List<String[]> flows =
                List.of(
                        new String[] {TransitImportTest.SPOKE, "SpokeHost", "203.0.113.10", "443"},
                        new String[] {
                            TransitImportTest.SPOKE,
                            "SpokeHost",
                            "my-bucket.s3.us-east-1.amazonaws.com",
                            "443"
                        },
                        new String[] {TransitImportTest.VPN_HOST, "VpnHost", "172.16.5.5", "22"},
                        new String[] {TransitImportTest.SPOKE, "SpokeHost", "10.99.1.1", "443"},
                        new String[] {TransitImportTest.SPOKE, "SpokeHost", "10.2.1.10", "22"},
                        new String[] {TransitImportTest.SPOKE, "SpokeHost", "10.2.1.10", "443"});
        for (String[] f : flows) {
            int port = Integer.parseInt(f[3]);
            Trace a = Tracer.trace(describe, Flow.of(f[0], f[2], Protocol.TCP, port));
            Trace b = Tracer.trace(template, Flow.of(f[1], f[2], Protocol.TCP, port));
            String what = f[2] + ":" + port;
            assertThat(b.reachable()).as(what).isEqualTo(a.reachable());
            assertThat(b.blockedAt().map(x -> x.reason()))
                    .as(what)
                    .isEqualTo(a.blockedAt().map(x -> x.reason()));
            assertThat(kinds(template, b)).as(what).isEqualTo(kinds(describe, a));
        }
    }

    @Test
    void aPrivateLinkProviderAndConsumerAsAJsonTemplateTraceAsTheirDescribeExportDoes()
            throws Exception {
        ImportResult imported =
                CloudFormationImporter.importFrom(
                        Path.of("src/test/resources/import/cloudformation/privatelink.json"),
                        Optional.empty());
        Lab template = ImportedLabs.savedAndLoaded(imported.lab());
        Lab describe =
                ImportedLabs.savedAndLoaded(
                        AwsDescribeImporter.importFrom(PrivateLinkImportTest.FIXTURE).lab());
        InterfaceEndpoint app =
                template.component("vpce-appendpoint", InterfaceEndpoint.class).orElseThrow();
        assertThat(app.service()).isEqualTo("vpce-svc-appservice");
        String describeName =
                describe.component(PrivateLinkImportTest.ENDPOINT, InterfaceEndpoint.class)
                        .orElseThrow()
                        .regionalDnsName()
                        .orElseThrow();
        String templateName = app.regionalDnsName().orElseThrow();
        // (name in the describe export, name in the template, port)
        List<String[]> flows =
                List.of(
                        new String[] {describeName, templateName, "443"},
                        new String[] {
                            "ssm.us-east-1.amazonaws.com", "ssm.us-east-1.amazonaws.com", "443"
                        },
                        new String[] {
                            "ssm.us-east-1.amazonaws.com", "ssm.us-east-1.amazonaws.com", "80"
                        },
                        new String[] {"10.1.1.50", "10.1.1.50", "443"});
        for (String[] f : flows) {
            int port = Integer.parseInt(f[2]);
            Trace a =
                    Tracer.trace(
                            describe,
                            Flow.of(PrivateLinkImportTest.CLIENT, f[0], Protocol.TCP, port));
            Trace b = Tracer.trace(template, Flow.of("Client", f[1], Protocol.TCP, port));
            String what = f[1] + ":" + port;
            assertThat(b.reachable()).as(what).isEqualTo(a.reachable());
            assertThat(b.blockedAt().map(x -> x.reason()))
                    .as(what)
                    .isEqualTo(a.blockedAt().map(x -> x.reason()));
            assertThat(kinds(template, b)).as(what).isEqualTo(kinds(describe, a));
            assertThat(b.sourceIpSeen()).as(what).isEqualTo(a.sourceIpSeen());
        }
        assertThat(
                        Tracer.trace(template, Flow.of("Client", templateName, Protocol.TCP, 443))
                                .reachable())
                .isTrue();
        assertThat(imported.report().with(Outcome.IGNORED))
                .anyMatch(e -> e.message().english().contains("web-alb"))
                .noneMatch(e -> e.message().english().contains("network interface"));
    }

    /** The kinds of the hops: ids differ (a template has logical ids), the path must not. */
    static List<String> kinds(Lab lab, Trace t) {
        return t.pathIds().stream()
                .map(id -> lab.component(id).map(c -> c.kind().toString()).orElse(id))
                .toList();
    }

    @Test
    void aTruncatedOrHostileTemplateNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: [\n");
        assertThatThrownBy(() -> CloudFormationImporter.importFrom(bad, Optional.of("eu-west-1")))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("bad.yaml:5:")
                .hasMessageContaining("not valid YAML");
        Files.writeString(
                bad,
                "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/33\n");
        assertThatThrownBy(() -> CloudFormationImporter.importFrom(bad, Optional.of("eu-west-1")))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("10.0.0.0/33");
        Files.writeString(bad, "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n");
        assertThatThrownBy(() -> CloudFormationImporter.importFrom(bad, Optional.empty()))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("--region");
    }
}
