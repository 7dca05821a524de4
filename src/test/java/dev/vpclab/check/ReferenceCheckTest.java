package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static dev.vpclab.check.TestLabs.instance;
import static dev.vpclab.check.TestLabs.interfaceEndpoint;
import static dev.vpclab.check.TestLabs.local;
import static dev.vpclab.check.TestLabs.route;
import static dev.vpclab.check.TestLabs.routeTable;
import static dev.vpclab.check.TestLabs.securityGroup;
import static dev.vpclab.check.TestLabs.subnet;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

    @Test
    void subnetNamingAMissingRouteTableIsADanglingReference() {
        Problem p =
                only(
                        TestLabs.minimal()
                                .replace(
                                        subnet(
                                                "subnet-b",
                                                "vpc-main",
                                                "10.0.2.0/24",
                                                "b",
                                                "use1-az2",
                                                "rt-gone"))
                                .check(),
                        Severity.ERROR,
                        "DANGLING_REFERENCE",
                        "subnet-b",
                        "routeTable");
        assertThat(p.message().english()).contains("rt-gone");
    }

    @Test
    void instanceNamingAMissingSecurityGroupNamesTheListIndex() {
        only(
                TestLabs.minimal()
                        .replace(instance("i-app", "subnet-a", "10.0.1.10", "sg-app", "sg-gone"))
                        .check(),
                Severity.ERROR,
                "DANGLING_REFERENCE",
                "i-app",
                "securityGroups[1]");
    }

    @Test
    void routeToAMissingTargetNamesTheRoute() {
        only(
                TestLabs.minimal()
                        .replace(
                                routeTable(
                                        "rt-main",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("0.0.0.0/0", "igw-gone")))
                        .check(),
                Severity.ERROR,
                "DANGLING_REFERENCE",
                "rt-main",
                "routes[1].target");
    }

    @Test
    void routeToAMissingPrefixListNamesTheDestination() {
        only(
                TestLabs.minimal()
                        .replace(
                                routeTable(
                                        "rt-main",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("pl-gone", "i-app")))
                        .check(),
                Severity.ERROR,
                "DANGLING_REFERENCE",
                "rt-main",
                "routes[1].destination");
    }

    @Test
    void interfaceEndpointToAMissingEndpointServiceIsDangling() {
        only(
                TestLabs.minimal()
                        .add(interfaceEndpoint("vpce-x", "vpc-main", "vpce-svc-gone", false))
                        .check(),
                Severity.ERROR,
                "DANGLING_REFERENCE",
                "vpce-x",
                "service");
    }

    @Test
    void interfaceEndpointToAnAwsServiceByNameIsNotAReference() {
        assertThat(
                        TestLabs.minimal()
                                .add(interfaceEndpoint("vpce-x", "vpc-main", "sts", false))
                                .check())
                .isEmpty();
    }

    @Test
    void securityGroupRuleNamingAMissingGroupIsDangling() {
        only(
                TestLabs.minimal()
                        .replace(
                                securityGroup(
                                        "sg-app",
                                        "vpc-main",
                                        List.of(TestLabs.rule("sg-gone")),
                                        List.of(TestLabs.rule("0.0.0.0/0"))))
                        .check(),
                Severity.ERROR,
                "DANGLING_REFERENCE",
                "sg-app",
                "inbound[0].source");
    }

    @Test
    void attachmentNamingARouteTableOfNoTransitGatewayIsDangling() {
        List<Problem> problems =
                ValidLabs.everyKind()
                        .replace(
                                new TransitGatewayAttachment(
                                        "tgw-att-main",
                                        "tgw-main",
                                        "vpc-main",
                                        List.of("subnet-b"),
                                        "tgw-rt-gone"))
                        .check();
        only(problems, Severity.ERROR, "DANGLING_REFERENCE", "tgw-att-main", "routeTable");
    }

    @Test
    void transitGatewayRouteToAMissingAttachmentIsDangling() {
        List<Problem> problems =
                ValidLabs.everyKind()
                        .replace(
                                new TransitGateway(
                                        "tgw-main",
                                        TestLabs.REGION,
                                        List.of(
                                                new TransitGateway.RouteTableEntry(
                                                        "tgw-rt-main",
                                                        List.of("tgw-att-main", "tgw-att-provider"),
                                                        List.of(
                                                                route(
                                                                        "10.0.0.0/16",
                                                                        "tgw-att-main"),
                                                                route(
                                                                        "10.1.0.0/16",
                                                                        "tgw-att-gone"))))))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "DANGLING_REFERENCE",
                "tgw-main",
                "routeTables[0].routes[1].target");
    }

    @Test
    void subnetWhoseVpcIsASubnetIsTheWrongKind() {
        Problem p =
                only(
                        TestLabs.minimal()
                                .replace(
                                        subnet(
                                                "subnet-b",
                                                "subnet-a",
                                                "10.0.2.0/24",
                                                "b",
                                                "use1-az2",
                                                "rt-main"))
                                .check(),
                        Severity.ERROR,
                        "WRONG_REFERENCE_KIND",
                        "subnet-b",
                        "vpc");
        assertThat(p.message().english()).contains("subnet-a").contains("vpc");
    }

    @Test
    void routeToASubnetIsTheWrongKind() {
        only(
                TestLabs.minimal()
                        .replace(
                                routeTable(
                                        "rt-main",
                                        "vpc-main",
                                        local("10.0.0.0/16"),
                                        route("0.0.0.0/0", "subnet-b")))
                        .check(),
                Severity.ERROR,
                "WRONG_REFERENCE_KIND",
                "rt-main",
                "routes[1].target");
    }

    @Test
    void twoComponentsWithOneIdAreReported() {
        only(
                TestLabs.minimal().add(securityGroup("sg-app", "vpc-main")).check(),
                Severity.ERROR,
                "DUPLICATE_ID",
                "sg-app",
                "id");
    }

    @Test
    void subnetOnARouteTableOfAnotherVpcIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.5.0.0/16"),
                                routeTable("rt-other", "vpc-other", local("10.5.0.0/16")))
                        .replace(
                                subnet(
                                        "subnet-b",
                                        "vpc-main",
                                        "10.0.2.0/24",
                                        "b",
                                        "use1-az2",
                                        "rt-other"))
                        .check();
        only(problems, Severity.ERROR, "REFERENCE_IN_OTHER_VPC", "subnet-b", "routeTable");
    }

    @Test
    void instanceInASecurityGroupOfAnotherVpcIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.5.0.0/16"),
                                securityGroup("sg-other", "vpc-other"))
                        .replace(instance("i-app", "subnet-a", "10.0.1.10", "sg-other"))
                        .check();
        only(problems, Severity.ERROR, "REFERENCE_IN_OTHER_VPC", "i-app", "securityGroups[0]");
    }

    @Test
    void savedFlowFromAMissingComponentIsDanglingWithoutAComponent() {
        Lab lab =
                TestLabs.minimal()
                        .build()
                        .withFlows(
                                List.of(
                                        Flow.of(
                                                "i-app",
                                                "my-bucket.s3.us-east-1.amazonaws.com",
                                                Protocol.TCP,
                                                443),
                                        Flow.of("i-gone", "i-app", Protocol.TCP, 22),
                                        Flow.of("i-app", "i-gone", Protocol.TCP, 22)));
        assertThat(LabChecker.check(lab))
                .extracting(Problem::code, Problem::component, Problem::field)
                .containsExactly(
                        tuple("DANGLING_REFERENCE", Optional.empty(), Optional.of("flows[1].from")),
                        tuple("DANGLING_REFERENCE", Optional.empty(), Optional.of("flows[2].to")));
    }
}
