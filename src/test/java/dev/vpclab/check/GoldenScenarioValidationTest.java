package dev.vpclab.check;

import static dev.vpclab.check.TestLabs.eni;
import static dev.vpclab.check.TestLabs.gatewayEndpoint;
import static dev.vpclab.check.TestLabs.igw;
import static dev.vpclab.check.TestLabs.instance;
import static dev.vpclab.check.TestLabs.interfaceEndpoint;
import static dev.vpclab.check.TestLabs.local;
import static dev.vpclab.check.TestLabs.nacl;
import static dev.vpclab.check.TestLabs.nlb;
import static dev.vpclab.check.TestLabs.node;
import static dev.vpclab.check.TestLabs.prefixList;
import static dev.vpclab.check.TestLabs.publicNat;
import static dev.vpclab.check.TestLabs.route;
import static dev.vpclab.check.TestLabs.routeTable;
import static dev.vpclab.check.TestLabs.rule;
import static dev.vpclab.check.TestLabs.securityGroup;
import static dev.vpclab.check.TestLabs.subnet;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.Region;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The golden scenarios of {@code shared/scenarios} that carry {@code expect.validation}, with their
 * components written in Java (the parts that matter to validation): each must produce exactly the
 * expected code, component and severity, and nothing else. {@link GoldenScenarioFilesTest} does the
 * same from the files once the lab reader exists.
 */
class GoldenScenarioValidationTest {

    @Test
    void naclRuleCannotReferencePrefixList() {
        TestLabs lab =
                TestLabs.empty()
                        .add(
                                new Region("us-east-1"),
                                vpc("vpc-main", "10.0.0.0/16"),
                                igw("igw-main", "vpc-main"),
                                nacl("acl-main", "vpc-main"),
                                subnet(
                                        "subnet-public-a",
                                        "vpc-main",
                                        "10.0.0.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-public"),
                                subnet(
                                        "subnet-private-a",
                                        "vpc-main",
                                        "10.0.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-private",
                                        "acl-private"),
                                routeTable(
                                        "rt-public",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("0.0.0.0/0", "igw-main")),
                                routeTable(
                                        "rt-private",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("pl-s3-use1", "vpce-s3-gw")),
                                securityGroup("sg-app", "vpc-main"),
                                instance("i-app", "subnet-private-a", "10.0.1.10", "sg-app"),
                                nacl(
                                        "acl-private",
                                        "vpc-main",
                                        List.of(tcp(100, "1024-65535", "0.0.0.0/0")),
                                        List.of(tcp(100, "443", "pl-s3-use1"))),
                                gatewayEndpoint(
                                        "vpce-s3-gw", "vpc-main", "s3", "pl-s3-use1", "rt-private"),
                                prefixList(
                                        "pl-s3-use1",
                                        "us-east-1",
                                        "54.123.160.0/19",
                                        "52.216.0.0/15"));
        assertExactly(lab, "acl-private", "NACL_PREFIX_LIST_NOT_SUPPORTED");
        assertThat(lab.check().get(0).message().english())
                .isEqualTo(
                        "Outbound rule 100 references pl-s3-use1; network ACL rules accept CIDR"
                                + " blocks only.");
    }

    @Test
    void vpcPeeringOverlappingCidrsCannotBeCreated() {
        TestLabs lab =
                TestLabs.empty()
                        .add(
                                new Region("us-east-1"),
                                vpc("vpc-consumer", "10.0.0.0/16"),
                                vpc("vpc-provider", "10.0.0.0/16"),
                                nacl("acl-consumer", "vpc-consumer"),
                                nacl("acl-provider", "vpc-provider"),
                                subnet(
                                        "subnet-consumer-app-a",
                                        "vpc-consumer",
                                        "10.0.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-consumer",
                                        "acl-consumer"),
                                subnet(
                                        "subnet-provider-a",
                                        "vpc-provider",
                                        "10.0.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-provider",
                                        "acl-provider"),
                                routeTable("rt-consumer", "vpc-consumer", local("10.0.0.0/16")),
                                routeTable("rt-provider", "vpc-provider", local("10.0.0.0/16")),
                                new VpcPeering(
                                        "pcx-consumer-provider",
                                        "vpc-consumer",
                                        "vpc-provider",
                                        "failed",
                                        false),
                                securityGroup("sg-client", "vpc-consumer"),
                                instance(
                                        "i-client",
                                        "subnet-consumer-app-a",
                                        "10.0.1.10",
                                        "sg-client"),
                                securityGroup(
                                        "sg-target",
                                        "vpc-provider",
                                        List.of(rule("0.0.0.0/0")),
                                        List.of(rule("0.0.0.0/0"))),
                                instance(
                                        "i-target", "subnet-provider-a", "10.0.1.50", "sg-target"));
        assertExactly(lab, "pcx-consumer-provider", "VPC_PEERING_CIDR_OVERLAP");
        assertThat(lab.check().get(0).message().english())
                .isEqualTo(
                        "vpc-consumer 10.0.0.0/16 overlaps vpc-provider 10.0.0.0/16; AWS rejects the"
                                + " peering request.");
    }

    @Test
    void interfaceEndpointInAzNotEnabledOnNlbFails() {
        TestLabs lab =
                TestLabs.empty()
                        .add(
                                new Region("us-east-1"),
                                vpc("vpc-consumer", "10.0.0.0/16"),
                                nacl("acl-consumer", "vpc-consumer"),
                                subnet(
                                        "subnet-consumer-app-a",
                                        "vpc-consumer",
                                        "10.0.1.0/24",
                                        "a",
                                        "use1-az6",
                                        "rt-consumer",
                                        "acl-consumer"),
                                subnet(
                                        "subnet-consumer-endpoints-a",
                                        "vpc-consumer",
                                        "10.0.20.0/24",
                                        "a",
                                        "use1-az6",
                                        "rt-consumer",
                                        "acl-consumer"),
                                routeTable("rt-consumer", "vpc-consumer", local("10.0.0.0/16")),
                                securityGroup("sg-client", "vpc-consumer"),
                                instance(
                                        "i-client",
                                        "subnet-consumer-app-a",
                                        "10.0.1.10",
                                        "sg-client"),
                                securityGroup(
                                        "sg-app",
                                        "vpc-consumer",
                                        List.of(rule("sg-client")),
                                        List.of(rule("0.0.0.0/0"))),
                                interfaceEndpoint(
                                        "vpce-app",
                                        "vpc-consumer",
                                        "vpce-svc-app",
                                        false,
                                        eni(
                                                "eni-vpce-app-a",
                                                "subnet-consumer-endpoints-a",
                                                "a",
                                                "use1-az6",
                                                "10.0.20.15")),
                                vpc("vpc-provider", "10.1.0.0/16"),
                                nacl("acl-provider", "vpc-provider"),
                                subnet(
                                        "subnet-provider-a",
                                        "vpc-provider",
                                        "10.1.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-provider",
                                        "acl-provider"),
                                subnet(
                                        "subnet-provider-b",
                                        "vpc-provider",
                                        "10.1.2.0/24",
                                        "b",
                                        "use1-az2",
                                        "rt-provider",
                                        "acl-provider"),
                                routeTable("rt-provider", "vpc-provider", local("10.1.0.0/16")),
                                nlb(
                                        "nlb-app",
                                        "vpc-provider",
                                        node("subnet-provider-a", "use1-az1", "10.1.1.100"),
                                        node("subnet-provider-b", "use1-az2", "10.1.2.100")),
                                new EndpointService(
                                        "vpce-svc-app",
                                        "com.amazonaws.vpce.us-east-1.vpce-svc-app",
                                        "vpc-provider",
                                        List.of("nlb-app"),
                                        true,
                                        List.of("arn:aws:iam::111122223333:root"),
                                        List.of("use1-az1", "use1-az2")),
                                securityGroup(
                                        "sg-target",
                                        "vpc-provider",
                                        List.of(rule("10.1.0.0/16")),
                                        List.of(rule("0.0.0.0/0"))),
                                instance(
                                        "i-target", "subnet-provider-a", "10.1.1.50", "sg-target"));
        assertExactly(lab, "vpce-app", "VPCE_SERVICE_NOT_INSTALLED_IN_AZ");
        assertThat(lab.check().get(0).message().english())
                .isEqualTo(
                        "subnet-consumer-endpoints-a is in use1-az6 (named us-east-1a in the consumer"
                                + " account); vpce-svc-app supports use1-az1 and use1-az2 only.");
    }

    @Test
    void vpcDnsSupportDisabledNameNotResolved() {
        TestLabs lab =
                TestLabs.empty()
                        .add(
                                new Region("us-east-1"),
                                vpc(
                                        "vpc-main",
                                        "us-east-1",
                                        "10.0.0.0/16",
                                        Optional.empty(),
                                        false),
                                igw("igw-main", "vpc-main"),
                                nacl("acl-main", "vpc-main"),
                                subnet(
                                        "subnet-public-a",
                                        "vpc-main",
                                        "10.0.0.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-public"),
                                subnet(
                                        "subnet-private-a",
                                        "vpc-main",
                                        "10.0.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-private"),
                                routeTable(
                                        "rt-public",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("0.0.0.0/0", "igw-main")),
                                routeTable(
                                        "rt-private",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("0.0.0.0/0", "nat-a")),
                                publicNat("nat-a", "subnet-public-a", "10.0.0.20", "203.0.113.20"),
                                securityGroup("sg-app", "vpc-main"),
                                instance("i-app", "subnet-private-a", "10.0.1.10", "sg-app"),
                                subnet(
                                        "subnet-endpoints-a",
                                        "vpc-main",
                                        "10.0.20.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-private"),
                                interfaceEndpoint(
                                        "vpce-s3-if",
                                        "vpc-main",
                                        "s3",
                                        true,
                                        eni(
                                                "eni-vpce-s3-a",
                                                "subnet-endpoints-a",
                                                "a",
                                                "use1-az1",
                                                "10.0.20.10")),
                                prefixList(
                                        "pl-s3-use1",
                                        "us-east-1",
                                        "54.123.160.0/19",
                                        "52.216.0.0/15"));
        assertExactly(lab, "vpce-s3-if", "PRIVATE_DNS_REQUIRES_VPC_DNS_ATTRIBUTES");
        assertThat(lab.check().get(0).message().english())
                .isEqualTo(
                        "privateDns=true needs enableDnsSupport=true and enableDnsHostnames=true on"
                                + " vpc-main.");
    }

    private static void assertExactly(TestLabs lab, String component, String code) {
        assertThat(lab.check())
                .extracting(Problem::severity, Problem::code, Problem::component)
                .containsExactly(tuple(Severity.ERROR, code, Optional.of(component)));
    }

    private static NaclRule tcp(int number, String ports, String cidr) {
        return new NaclRule(
                number,
                RuleAction.ALLOW,
                Protocol.TCP,
                PortRange.parse(ports),
                AddressSet.parse(cidr));
    }
}
