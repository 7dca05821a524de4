package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Region;
import dev.vpclab.model.VpcPeering;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cross-Region example lab shows the three lessons its flows are named after: an interface
 * endpoint used from another Region over inter-Region peering by its endpoint-specific name, the
 * endpoint's private DNS that does not cross the peering, and PrivateLink cross-Region connectivity
 * to an endpoint service that supports the consumer's Region.
 */
class CrossRegionExampleTest {

    @Test
    void theFlowsOfTheCrossRegionExampleTeachWhatTheyAreNamedAfter() {
        LoadResult loaded = LabReader.read(Path.of("assets/labs/cross-region-endpoints.yaml"));
        assertThat(loaded.problems()).isEmpty();
        Lab lab = loaded.lab().orElseThrow();
        assertThat(lab.all(Region.class)).hasSize(2);
        assertThat(lab.all(VpcPeering.class)).allMatch(VpcPeering::interRegion);
        assertThat(lab.all(EndpointService.class).findFirst().orElseThrow().supportedRegions())
                .containsExactly("us-west-2");

        List<Trace> traces = lab.flows().stream().map(f -> Tracer.trace(lab, f)).toList();
        assertThat(traces).hasSize(3);

        Trace peered = traces.get(0);
        assertThat(peered.reachable()).isTrue();
        assertThat(peered.path()).extracting(Hop::id).contains("pcx-west-east", "vpce-s3-if");

        Trace publicName = traces.get(1);
        assertThat(publicName.reachable()).isFalse();
        assertThat(publicName.dns().orElseThrow().answerKind())
                .isEqualTo(DnsResolution.AnswerKind.PUBLIC_SERVICE_IP);
        assertThat(publicName.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.NO_ROUTE_TO_DESTINATION);

        Trace privateLink = traces.get(2);
        assertThat(privateLink.reachable()).isTrue();
        assertThat(privateLink.path())
                .extracting(Hop::id)
                .contains("vpce-reports", "nlb-reports", "i-reports")
                .doesNotContain("pcx-west-east");
    }
}
