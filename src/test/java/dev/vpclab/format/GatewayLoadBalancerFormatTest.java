package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The inspection kinds read, write and read back to the same lab (issue 11). */
class GatewayLoadBalancerFormatTest {
    private static final Path LAB = Path.of("src/test/resources/gwlb/inspection.yaml");

    @Test
    void readsTheLoadBalancerItsEndpointAndTheEdgeAssociation() {
        LoadResult result = LabReader.read(LAB);
        assertThat(result.problems()).isEmpty();
        Lab lab = result.lab().orElseThrow();

        GatewayLoadBalancer gwlb =
                lab.component("gwlb-inspect", GatewayLoadBalancer.class).orElseThrow();
        assertThat(gwlb.targets())
                .extracting(GatewayLoadBalancer.Target::id)
                .containsExactly("i-appliance-1");
        assertThat(gwlb.targets().get(0).healthy()).isTrue();
        assertThat(gwlb.crossZone()).isFalse();

        GatewayLoadBalancerEndpoint e =
                lab.component("vpce-gwlb-a", GatewayLoadBalancerEndpoint.class).orElseThrow();
        assertThat(e.subnet()).isEqualTo("subnet-gwlbe-a");
        assertThat(e.isAvailable()).isTrue();

        EndpointService svc =
                lab.component("vpce-svc-inspect", EndpointService.class).orElseThrow();
        assertThat(svc.isGatewayLoadBalancerService()).isTrue();
        assertThat(svc.nlbs()).isEmpty();

        RouteTable edge = lab.component("rt-edge", RouteTable.class).orElseThrow();
        assertThat(edge.gatewayAssociations()).containsExactly("igw-app");
        assertThat(lab.component("rt-app", RouteTable.class).orElseThrow().isGatewayRouteTable())
                .isFalse();
    }

    @Test
    void roundTripsToAnEqualLab() {
        Lab original = LabReader.read(LAB).lab().orElseThrow();
        LoadResult again = LabReader.read(LabWriter.toYaml(original), "saved.yaml");
        assertThat(again.problems()).isEmpty();
        assertThat(again.lab()).contains(original);
    }

    @Test
    void anUnknownTargetHealthIsRefusedAtTheField() {
        String yaml =
                "format: vpclab/1\n"
                        + "components:\n"
                        + "- {kind: vpc, id: vpc-a, region: us-east-1, cidr: 10.0.0.0/16}\n"
                        + "- kind: gatewayLoadBalancer\n"
                        + "  id: gwlb-a\n"
                        + "  vpc: vpc-a\n"
                        + "  targets: [{id: i-a, health: sick}]\n";
        LoadResult result = LabReader.read(yaml, "bad.yaml");
        assertThat(result.problems())
                .anySatisfy(p -> assertThat(p.field()).contains("targets[0].health"));
    }
}
