package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReachabilityMatrixTest {
    private static final Lab PEERING =
            LabReader.read(Path.of("src/test/resources/scenarios/vpc-peering-not-transitive.yaml"))
                    .lab()
                    .orElseThrow();

    @Test
    void everySourceMeetsEveryOtherDestinationWithTheVerdictOfItsTrace() {
        ReachabilityMatrix matrix = ReachabilityMatrix.compute(PEERING);
        assertThat(matrix.sources()).containsExactly("i-a", "i-b", "i-c");
        assertThat(matrix.cells()).hasSize(6); // 3 x 3 less the three instances to themselves
        ReachabilityMatrix.Cell aToC = matrix.cell("i-a", "i-c").orElseThrow();
        assertThat(aToC.reachable()).isFalse();
        assertThat(aToC.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.PEERING_NOT_TRANSITIVE);
        for (ReachabilityMatrix.Cell cell : matrix.cells()) {
            Trace full = matrix.trace(cell);
            assertThat(full.reachable())
                    .as(cell.from() + " -> " + cell.to())
                    .isEqualTo(cell.reachable());
            assertThat(full.blockedAt()).isEqualTo(cell.blockedAt());
        }
        assertThat(matrix.trace(aToC).pathIds()).endsWith("pcx-a-b");
    }

    @Test
    void streamingHandsOverTheSameCellsInOrderAndHonoursTheFilters() {
        java.util.List<ReachabilityMatrix.Cell> streamed = new java.util.ArrayList<>();
        ReachabilityMatrix.stream(
                PEERING,
                Tracer.of(PEERING),
                dev.vpclab.net.Protocol.TCP,
                ReachabilityMatrix.DEFAULT_PORT,
                id -> true,
                id -> true,
                streamed::add);
        assertThat(streamed).isEqualTo(ReachabilityMatrix.compute(PEERING).cells());

        java.util.List<ReachabilityMatrix.Cell> fromB = new java.util.ArrayList<>();
        ReachabilityMatrix.stream(
                PEERING,
                Tracer.of(PEERING),
                dev.vpclab.net.Protocol.TCP,
                ReachabilityMatrix.DEFAULT_PORT,
                "i-b"::equals,
                id -> !id.equals("i-a"),
                fromB::add);
        assertThat(fromB).extracting(ReachabilityMatrix.Cell::to).containsExactly("i-c");
    }
}
