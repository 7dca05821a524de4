package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabGraphTest {
    private static Lab lab(String path) {
        return LabReader.read(Path.of("src/test/resources", path)).lab().orElseThrow();
    }

    @Test
    void peeredVpcsAreOnePartAndAnUnpeeredOneIsApart() {
        LabGraph graph = LabGraph.of(lab("scenarios/vpc-peering-not-transitive.yaml"));
        // vpc-a peers vpc-b, vpc-b peers vpc-c: all joined, even if traffic does not pass A to C.
        assertThat(graph.connected("i-a", "i-c")).isTrue();

        LabGraph privateLink =
                LabGraph.of(lab("scenarios/privatelink-consumer-to-provider-service.yaml"));
        // The endpoint joins consumer and provider through the endpoint service.
        assertThat(privateLink.connected("i-client", "i-target")).isTrue();
        // Largest first: the whole network; the Region label and the (unused) internet stand apart.
        assertThat(privateLink.connectedParts().get(0))
                .contains("i-client", "vpce-app", "vpce-svc-app", "nlb-app", "i-target")
                .doesNotContain("us-east-1", LabGraph.INTERNET);
    }

    @Test
    void aTransitGatewayRoundTripIsAForwardingCycle() {
        LabGraph loop = LabGraph.of(lab("scenarios-extra/tgw-routing-loop-fails.yaml"));
        assertThat(loop.forwardingCycles()).isNotEmpty();
        assertThat(loop.forwardingCycles().get(0)).anyMatch(v -> v.startsWith("tgw-main/"));

        LabGraph noTransitGateway = LabGraph.of(lab("scenarios/vpc-peering-basic-works.yaml"));
        assertThat(noTransitGateway.forwardingCycles()).isEmpty();
    }
}
