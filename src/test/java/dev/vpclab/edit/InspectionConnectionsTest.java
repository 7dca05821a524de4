package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The Connect gestures between the inspection kinds (issue 11). */
class InspectionConnectionsTest {
    private static final Lab LAB =
            LabReader.read(Path.of("src/test/resources/gwlb/inspection.yaml")).lab().orElseThrow();

    private static Lab replace(String id, UnaryOperator<Component> change) {
        List<Component> out = new ArrayList<>();
        for (Component c : LAB.components()) {
            out.add(c.id().equals(id) ? change.apply(c) : c);
        }
        return LAB.withComponents(out);
    }

    private static Lab connect(Lab lab, String a, String b) {
        return Connections.connect(lab, a, b).allowedEdit().orElseThrow().apply(lab);
    }

    @Test
    void aRouteTableConnectedToTheEndpointSendsTheDefaultRouteToIt() {
        Lab lab =
                replace(
                        "rt-app",
                        c ->
                                ((RouteTable) c)
                                        .withRoutes(List.of(((RouteTable) c).routes().get(0))));
        Lab after = connect(lab, "rt-app", "vpce-gwlb-a");
        assertThat(after.component("rt-app", RouteTable.class).orElseThrow().routes())
                .map(Object::toString)
                .containsExactly("10.0.0.0/16 -> local", "0.0.0.0/0 -> vpce-gwlb-a");
    }

    @Test
    void anApplianceConnectedToTheLoadBalancerBecomesAHealthyTarget() {
        Lab lab =
                replace(
                        "gwlb-inspect",
                        c -> {
                            GatewayLoadBalancer g = (GatewayLoadBalancer) c;
                            return new GatewayLoadBalancer(
                                    g.id(), g.vpc(), g.nodes(), g.crossZone(), List.of());
                        });
        Lab after = connect(lab, "i-appliance-1", "gwlb-inspect");
        GatewayLoadBalancer g =
                after.component("gwlb-inspect", GatewayLoadBalancer.class).orElseThrow();
        assertThat(g.targets())
                .containsExactly(new GatewayLoadBalancer.Target("i-appliance-1", "healthy"));
        assertThat(Connections.connect(after, "gwlb-inspect", "i-appliance-1").refusal())
                .isPresent();
    }

    @Test
    void theEdgeAssociationIsAnInspectorFieldOfTheRouteTable() {
        Lab cleared =
                ComponentFields.set(LAB, "rt-edge", "gatewayAssociations", "")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(LAB);
        assertThat(
                        cleared.component("rt-edge", RouteTable.class)
                                .orElseThrow()
                                .isGatewayRouteTable())
                .isFalse();
        Lab again =
                ComponentFields.set(cleared, "rt-edge", "gatewayAssociations", "igw-app")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(cleared);
        assertThat(again.component("rt-edge", RouteTable.class).orElseThrow().gatewayAssociations())
                .containsExactly("igw-app");
        assertThat(again).isEqualTo(LAB);
    }

    @Test
    void aServiceConnectedToTheLoadBalancerIsAGatewayLoadBalancerService() {
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
                                    s.availabilityZoneIds(),
                                    List.of(),
                                    List.of());
                        });
        Lab after = connect(lab, "gwlb-inspect", "vpce-svc-inspect");
        EndpointService s =
                after.component("vpce-svc-inspect", EndpointService.class).orElseThrow();
        assertThat(s.gatewayLoadBalancers()).containsExactly("gwlb-inspect");
        assertThat(s.isGatewayLoadBalancerService()).isTrue();
    }

    /**
     * The fixture with a Network Load Balancer service and a second, unused Gateway Load Balancer.
     */
    private static Lab withNlbService() {
        List<Component> out = new ArrayList<>(LAB.components());
        out.add(
                new dev.vpclab.model.NetworkLoadBalancer(
                        "nlb-svc",
                        "vpc-inspect",
                        "internal",
                        List.of("subnet-appliance-a"),
                        List.of(),
                        false,
                        List.of(),
                        List.of(),
                        List.of()));
        out.add(
                new EndpointService(
                        "vpce-svc-nlb",
                        "com.amazonaws.vpce.us-east-1.vpce-svc-nlb",
                        "vpc-inspect",
                        List.of("nlb-svc"),
                        false,
                        List.of("*"),
                        List.of(),
                        List.of(),
                        List.of()));
        out.add(new GatewayLoadBalancer("gwlb-two", "vpc-inspect", List.of(), false, List.of()));
        return LAB.withComponents(out);
    }

    @Test
    void aGatewayLoadBalancerEndpointDoesNotConnectToANetworkLoadBalancerService() {
        Lab lab = withNlbService();
        EditAttempt a = Connections.connect(lab, "vpce-gwlb-a", "vpce-svc-nlb");
        assertThat(a.refusal().orElseThrow().english())
                .contains("vpce-svc-nlb", "Network Load Balancer");
    }

    @Test
    void aGatewayLoadBalancerDoesNotJoinAServiceOfNetworkLoadBalancers() {
        Lab lab = withNlbService();
        EditAttempt a = Connections.connect(lab, "vpce-svc-nlb", "gwlb-two");
        assertThat(a.refusal().orElseThrow().english())
                .contains("vpce-svc-nlb", "Network Load Balancer");
    }

    @Test
    void anInstanceOfAnotherVpcIsNotRegisteredWithTheLoadBalancer() {
        EditAttempt a = Connections.connect(LAB, "gwlb-inspect", "i-web");
        assertThat(a.refusal().orElseThrow().english()).contains("i-web", "vpc-inspect");
        assertThat(LAB.component("gwlb-inspect", GatewayLoadBalancer.class).orElseThrow().targets())
                .hasSize(1);
    }
}
