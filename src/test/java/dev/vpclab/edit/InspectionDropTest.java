package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Lab;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dropping the inspection kinds, as the palette does, in the order the console needs them. */
class InspectionDropTest {
    private static EditAttempt inSubnet(Lab lab, ComponentKind kind) {
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        Point p = new Point(subnet.x() + 20, subnet.maxY() - 20);
        Optional<String> container = Diagram.of(lab).containerAt(p, Set.of());
        return AddComponent.attempt(lab, kind, p, container);
    }

    @Test
    void anEndpointNeedsAGatewayLoadBalancerServiceFirst() {
        Lab lab = Labs.vpcSubnetInstance();
        assertThat(inSubnet(lab, ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT).refusal())
                .map(m -> m.english())
                .hasValueSatisfying(m -> assertThat(m).contains("add the Gateway Load Balancer"));

        lab =
                inSubnet(lab, ComponentKind.GATEWAY_LOAD_BALANCER)
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        GatewayLoadBalancer g = lab.all(GatewayLoadBalancer.class).findFirst().orElseThrow();
        assertThat(g.nodes())
                .singleElement()
                .satisfies(n -> assertThat(n.subnet()).isEqualTo("subnet-1"));

        lab = Labs.drop(lab, ComponentKind.ENDPOINT_SERVICE, 60, 60);
        EndpointService s = lab.all(EndpointService.class).findFirst().orElseThrow();
        assertThat(s.gatewayLoadBalancers()).containsExactly(g.id());
        assertThat(s.nlbs()).isEmpty();

        lab =
                inSubnet(lab, ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT)
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        GatewayLoadBalancerEndpoint e =
                lab.all(GatewayLoadBalancerEndpoint.class).findFirst().orElseThrow();
        assertThat(e.service()).isEqualTo(s.id());
        assertThat(e.subnet()).isEqualTo("subnet-1");
        assertThat(e.ip()).isNotEqualTo(g.nodes().get(0).ip());
    }
}
