package dev.vpclab.check;

import static dev.vpclab.check.Expect.has;
import static dev.vpclab.check.Expect.only;
import static dev.vpclab.check.TestLabs.gatewayEndpoint;
import static dev.vpclab.check.TestLabs.igw;
import static dev.vpclab.check.TestLabs.local;
import static dev.vpclab.check.TestLabs.peering;
import static dev.vpclab.check.TestLabs.prefixList;
import static dev.vpclab.check.TestLabs.privateNat;
import static dev.vpclab.check.TestLabs.route;
import static dev.vpclab.check.TestLabs.routeTable;
import static dev.vpclab.check.TestLabs.rule;
import static dev.vpclab.check.TestLabs.securityGroup;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.Route;
import dev.vpclab.model.TransitGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteCheckTest {

    /** The minimal lab with rt-main holding the local route and these routes. */
    private static TestLabs withRoutes(Route... routes) {
        Route[] all = new Route[routes.length + 1];
        all[0] = local("10.0.0.0/16");
        System.arraycopy(routes, 0, all, 1, routes.length);
        return TestLabs.minimal().replace(routeTable("rt-main", "vpc-main", all));
    }

    private static TestLabs withOtherVpc() {
        return withRoutes(route("0.0.0.0/0", "igw-other"))
                .add(vpc("vpc-other", "10.5.0.0/16"), igw("igw-other", "vpc-other"));
    }

    @Test
    void routeToTheInternetGatewayOfAnotherVpcIsRefused() {
        Problem p =
                only(
                        withOtherVpc().check(),
                        Severity.ERROR,
                        "ROUTE_TARGET_IN_OTHER_VPC",
                        "rt-main",
                        "routes[1].target");
        assertThat(p.message().english()).contains("igw-other").contains("vpc-other");
    }

    @Test
    void routeToAPeeringThatDoesNotConnectTheVpcIsRefused() {
        List<Problem> problems =
                withRoutes(route("10.6.0.0/16", "pcx-x"))
                        .add(
                                vpc("vpc-x", "10.5.0.0/16"),
                                vpc("vpc-y", "10.6.0.0/16"),
                                peering("pcx-x", "vpc-x", "vpc-y"))
                        .check();
        only(problems, Severity.ERROR, "ROUTE_TARGET_IN_OTHER_VPC", "rt-main", "routes[1].target");
    }

    @Test
    void routeToATransitGatewayWithoutAttachmentInTheVpcIsRefused() {
        List<Problem> problems =
                withRoutes(route("10.6.0.0/16", "tgw-x"))
                        .add(new TransitGateway("tgw-x", TestLabs.REGION, List.of()))
                        .check();
        only(problems, Severity.ERROR, "ROUTE_TARGET_IN_OTHER_VPC", "rt-main", "routes[1].target");
    }

    @Test
    void tableWithoutItsLocalRouteIsWarned() {
        only(
                TestLabs.minimal().replace(routeTable("rt-main", "vpc-main")).check(),
                Severity.WARNING,
                "LOCAL_ROUTE_MISSING",
                "rt-main",
                "routes");
    }

    @Test
    void routeInsideTheVpcThatIsNotAWholeSubnetIsRefused() {
        only(
                withRoutes(route("10.0.1.0/25", "i-app")).check(),
                Severity.ERROR,
                "MORE_SPECIFIC_THAN_LOCAL",
                "rt-main",
                "routes[1].destination");
    }

    @Test
    void routeForAWholeSubnetToAnInternetGatewayIsRefused() {
        List<Problem> problems =
                withRoutes(route("10.0.2.0/24", "igw-main"))
                        .add(igw("igw-main", "vpc-main"))
                        .check();
        only(problems, Severity.ERROR, "MORE_SPECIFIC_THAN_LOCAL", "rt-main", "routes[1].target");
    }

    @Test
    void routeForAWholeSubnetToAnInstanceIsAllowed() {
        assertThat(withRoutes(route("10.0.2.0/24", "i-app")).check()).isEmpty();
    }

    @Test
    void twoStaticRoutesToOneDestinationAreRefused() {
        List<Problem> problems =
                withRoutes(route("0.0.0.0/0", "nat-x"), route("0.0.0.0/0", "i-app"))
                        .add(privateNat("nat-x", "subnet-b", "10.0.2.10"))
                        .check();
        only(problems, Severity.ERROR, "DUPLICATE_ROUTE", "rt-main", "routes[2].destination");
    }

    @Test
    void propagatedRouteInsideTheVpcIsWarnedThatTheLocalRouteWins() {
        TestLabs lab =
                withRoutes(TestLabs.propagated("10.0.2.0/24", "vgw-x"))
                        .add(new dev.vpclab.model.VirtualPrivateGateway("vgw-x", "vpc-main"));
        only(
                lab.check(),
                Severity.WARNING,
                "PROPAGATED_OVERLAPS_LOCAL",
                "rt-main",
                "routes[1].destination");
    }

    @Test
    void staticAndPropagatedRoutesToOneDestinationMayCoexist() {
        TestLabs lab =
                withRoutes(
                                route("192.168.0.0/16", "i-app"),
                                TestLabs.propagated("192.168.0.0/16", "vgw-x"))
                        .add(new dev.vpclab.model.VirtualPrivateGateway("vgw-x", "vpc-main"));
        assertThat(lab.check()).isEmpty();
    }

    @Test
    void endpointListingATableWithoutTheEndpointRouteIsWarned() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                prefixList("pl-s3", TestLabs.REGION, "52.216.0.0/15"),
                                gatewayEndpoint("vpce-s3", "vpc-main", "s3", "pl-s3", "rt-main"))
                        .check();
        only(
                problems,
                Severity.WARNING,
                "GATEWAY_ENDPOINT_ROUTE_MISSING",
                "vpce-s3",
                "routeTables[0]");
    }

    @Test
    void endpointRouteInATableTheEndpointDoesNotListIsWarned() {
        List<Problem> problems =
                withRoutes(route("pl-s3", "vpce-s3"))
                        .add(
                                prefixList("pl-s3", TestLabs.REGION, "52.216.0.0/15"),
                                gatewayEndpoint("vpce-s3", "vpc-main", "s3", "pl-s3"))
                        .check();
        only(
                problems,
                Severity.WARNING,
                "GATEWAY_ENDPOINT_ROUTE_MISSING",
                "rt-main",
                "routes[1].target");
    }

    @Test
    void routeToAGatewayEndpointForAnotherDestinationIsRefused() {
        List<Problem> problems =
                withRoutes(route("pl-s3", "vpce-s3"), route("52.0.0.0/8", "vpce-s3"))
                        .add(
                                prefixList("pl-s3", TestLabs.REGION, "52.216.0.0/15"),
                                gatewayEndpoint("vpce-s3", "vpc-main", "s3", "pl-s3", "rt-main"))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "GATEWAY_ENDPOINT_ROUTE_DESTINATION",
                "rt-main",
                "routes[2].destination");
    }

    @Test
    void twoEndpointRoutesForOneServiceInATableAreRefused() {
        List<Problem> problems =
                withRoutes(route("pl-s3", "vpce-s3"), route("pl-s3b", "vpce-s3b"))
                        .add(
                                prefixList("pl-s3", TestLabs.REGION, "52.216.0.0/15"),
                                prefixList("pl-s3b", TestLabs.REGION, "54.123.160.0/19"),
                                gatewayEndpoint("vpce-s3", "vpc-main", "s3", "pl-s3", "rt-main"),
                                gatewayEndpoint("vpce-s3b", "vpc-main", "s3", "pl-s3b", "rt-main"))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "DUPLICATE_SERVICE_ENDPOINT_ROUTE",
                "rt-main",
                "routes[2].target");
    }

    @Test
    void ipv4RouteToAnEgressOnlyInternetGatewayIsRefused() {
        List<Problem> problems =
                withRoutes(route("0.0.0.0/0", "eigw-x"))
                        .add(new EgressOnlyInternetGateway("eigw-x", "vpc-main"))
                        .check();
        only(problems, Severity.ERROR, "EIGW_IPV4_ROUTE", "rt-main", "routes[1].destination");
    }

    @Test
    void routeToAPrefixListOfAnotherRegionIsRefused() {
        List<Problem> problems =
                withRoutes(route("pl-s3-euw1", "i-app"))
                        .add(prefixList("pl-s3-euw1", "eu-west-1", "52.218.0.0/17"))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "PREFIX_LIST_REGION_MISMATCH",
                "rt-main",
                "routes[1].destination");
    }

    @Test
    void securityGroupRuleWithAPrefixListOfAnotherRegionIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .replace(
                                securityGroup(
                                        "sg-app",
                                        "vpc-main",
                                        List.of(),
                                        List.of(rule("pl-s3-euw1"))))
                        .add(prefixList("pl-s3-euw1", "eu-west-1", "52.218.0.0/17"))
                        .check();
        has(
                problems,
                Severity.ERROR,
                "PREFIX_LIST_REGION_MISMATCH",
                "sg-app",
                "outbound[0].destination");
        assertThat(problems).hasSize(1);
    }
}
