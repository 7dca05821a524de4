package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.net.Cidr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What AWS refuses about GWLB endpoints, their services and gateway route tables (R-GWRT-1). */
class GatewayLoadBalancerCheckTest {
    private static final Lab LAB =
            LabReader.read(Path.of("src/test/resources/gwlb/inspection.yaml")).lab().orElseThrow();

    private static Lab replace(String id, UnaryOperator<Component> change) {
        List<Component> out = new ArrayList<>();
        for (Component c : LAB.components()) {
            out.add(c.id().equals(id) ? change.apply(c) : c);
        }
        return LAB.withComponents(out);
    }

    private static Lab edgeRoute(String destination, String target) {
        return replace(
                "rt-edge",
                c -> {
                    RouteTable rt = (RouteTable) c;
                    List<Route> routes = new ArrayList<>(rt.routes());
                    routes.add(
                            new Route(
                                    new AddressSet.Block(Cidr.parse(destination)),
                                    target,
                                    RouteOrigin.STATIC));
                    return rt.withRoutes(routes);
                });
    }

    private static List<String> codes(Lab lab) {
        return LabChecker.check(lab).stream().map(Problem::code).toList();
    }

    @Test
    void theInspectionLabIsAcceptedAsWritten() {
        // the edge route 10.0.2.0/24 -> vpce is more specific than local, to a GWLB endpoint
        assertThat(LabChecker.check(LAB)).isEmpty();
    }

    @Test
    void anEdgeRouteToTheInternetGatewayIsRefused() {
        assertThat(codes(edgeRoute("0.0.0.0/0", "igw-app")))
                .containsExactly(ProblemCodes.GATEWAY_ROUTE_TABLE_INVALID_ROUTE);
    }

    @Test
    void anEdgeRouteForPartOfASubnetIsRefused() {
        assertThat(codes(edgeRoute("10.0.2.0/25", "vpce-gwlb-a")))
                .contains(ProblemCodes.GATEWAY_ROUTE_TABLE_INVALID_ROUTE);
    }

    @Test
    void anEdgeRouteForASubnetToAnApplianceInterfaceIsAccepted() {
        Lab lab = edgeRoute("10.0.1.0/24", "i-web");
        assertThat(codes(lab)).doesNotContain(ProblemCodes.GATEWAY_ROUTE_TABLE_INVALID_ROUTE);
    }

    @Test
    void aGatewayHasOneGatewayRouteTable() {
        List<Component> out = new ArrayList<>(LAB.components());
        out.add(new RouteTable("rt-edge-2", "vpc-app", List.of(), List.of(), List.of("igw-app")));
        assertThat(codes(LAB.withComponents(out)))
                .contains(ProblemCodes.GATEWAY_ROUTE_TABLE_DUPLICATE);
    }

    @Test
    void aGatewayOfAnotherVpcCannotBeAssociated() {
        // rt-edge is a table of vpc-app; igw-inspect is attached to vpc-inspect
        List<Component> out = new ArrayList<>(LAB.components());
        out.add(new dev.vpclab.model.InternetGateway("igw-inspect", "vpc-inspect"));
        out.add(
                new RouteTable(
                        "rt-foreign",
                        "vpc-app",
                        List.of(
                                new Route(
                                        new AddressSet.Block(Cidr.parse("10.0.0.0/16")),
                                        Route.LOCAL,
                                        RouteOrigin.STATIC)),
                        List.of(),
                        List.of("igw-inspect")));
        // the reference check's own-VPC rule for gatewayAssociations (the trace ignores it too)
        assertThat(codes(LAB.withComponents(out)))
                .containsExactly(ProblemCodes.REFERENCE_IN_OTHER_VPC);
    }

    @Test
    void anEdgeRouteToAnInstanceOfAnotherVpcIsRefused() {
        // 10.0.1.0/24 is a subnet block of vpc-app, but i-appliance-1 is in vpc-inspect
        assertThat(codes(edgeRoute("10.0.1.0/24", "i-appliance-1")))
                .containsExactly(ProblemCodes.ROUTE_TARGET_IN_OTHER_VPC);
    }

    @Test
    void anEndpointInAnotherRegionThanItsServiceIsRefused() {
        // vpc-app in us-west-2, the service in us-east-1 listing us-west-2 as a supported Region:
        // supported Regions serve interface endpoints only
        Lab lab =
                LabReader.read(Path.of("src/test/resources/gwlb/cross-region.yaml"))
                        .lab()
                        .orElseThrow();
        List<Problem> problems = LabChecker.check(lab);
        assertThat(problems)
                .extracting(Problem::code)
                .containsExactly(ProblemCodes.GWLB_ENDPOINT_OTHER_REGION);
        assertThat(problems)
                .filteredOn(p -> p.code().equals(ProblemCodes.GWLB_ENDPOINT_OTHER_REGION))
                .singleElement()
                .satisfies(
                        p ->
                                assertThat(p.message().english())
                                        .contains("vpce-gwlb-a", "us-west-2", "us-east-1"));
    }

    @Test
    void aServiceWithBothKindsOfLoadBalancerIsRefused() {
        Lab lab =
                replace(
                        "vpce-svc-inspect",
                        c -> {
                            EndpointService s = (EndpointService) c;
                            return new EndpointService(
                                    s.id(),
                                    s.serviceName(),
                                    s.providerVpc(),
                                    List.of("gwlb-inspect"),
                                    false,
                                    s.allowedPrincipals(),
                                    s.availabilityZoneIds(),
                                    List.of(),
                                    s.gatewayLoadBalancers());
                        });
        assertThat(codes(lab)).contains(ProblemCodes.ENDPOINT_SERVICE_LOAD_BALANCER_MIX);
    }

    @Test
    void anEndpointToAMissingServiceIsADanglingReference() {
        Lab lab = replace("vpce-gwlb-a", c -> endpoint((GatewayLoadBalancerEndpoint) c, "nope"));
        assertThat(codes(lab)).containsExactly(ProblemCodes.DANGLING_REFERENCE);
    }

    @Test
    void anEndpointInAZoneTheServiceDoesNotServeIsRefused() {
        Lab lab =
                replace(
                        "vpce-svc-inspect",
                        c -> {
                            EndpointService s = (EndpointService) c;
                            return new EndpointService(
                                    s.id(),
                                    s.serviceName(),
                                    s.providerVpc(),
                                    List.of(),
                                    false,
                                    s.allowedPrincipals(),
                                    List.of("use1-az2"),
                                    List.of(),
                                    s.gatewayLoadBalancers());
                        });
        assertThat(codes(lab)).containsExactly(ProblemCodes.VPCE_SERVICE_NOT_INSTALLED_IN_AZ);
    }

    @Test
    void anEndpointAddressOutsideItsSubnetIsRefused() {
        Lab lab =
                replace(
                        "vpce-gwlb-a",
                        c -> {
                            GatewayLoadBalancerEndpoint e = (GatewayLoadBalancerEndpoint) c;
                            return new GatewayLoadBalancerEndpoint(
                                    e.id(),
                                    e.vpc(),
                                    e.subnet(),
                                    e.service(),
                                    e.serviceName(),
                                    e.state(),
                                    dev.vpclab.net.IpAddress.parse("10.0.2.5"));
                        });
        assertThat(codes(lab)).containsExactly(ProblemCodes.ADDRESS_OUTSIDE_SUBNET);
    }

    private static GatewayLoadBalancerEndpoint endpoint(
            GatewayLoadBalancerEndpoint e, String service) {
        return new GatewayLoadBalancerEndpoint(
                e.id(), e.vpc(), e.subnet(), service, e.serviceName(), e.state(), e.ip());
    }
}
