package dev.vpclab.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.format.LabReader;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.ReachabilityMatrix;
import dev.vpclab.routing.ReasonCode;
import dev.vpclab.routing.Tracer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The compact table holds what every cell of the matrix says, and stops when asked. */
class ReachTableTest {
    static final Lab DEFAULT =
            LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();

    static ReachTable table(Lab lab) {
        return ReachComputation.compute(
                lab,
                Tracer.of(lab),
                Protocol.TCP,
                443,
                ReachComputation.Progress.none(),
                () -> false);
    }

    @Test
    void everyCellOfTheMatrixIsInTheTableWithItsVerdictReasonBlockerAndFlow() {
        for (Lab lab : List.of(DEFAULT, LabGenerator.generate(120, 7))) {
            ReachabilityMatrix matrix = ReachabilityMatrix.compute(lab, Protocol.TCP, 443);
            ReachTable table = table(lab);
            assertThat(table.sources()).isEqualTo(matrix.sources());
            assertThat(table.destinations()).isEqualTo(matrix.destinations());
            assertThat(table.traced()).isEqualTo(matrix.cells().size());
            for (ReachabilityMatrix.Cell cell : matrix.cells()) {
                int r = table.row(cell.from()).orElseThrow();
                int c = table.column(cell.to()).orElseThrow();
                String pair = cell.from() + " -> " + cell.to();
                assertThat(table.verdict(r, c)).as(pair).contains(CellVerdict.of(cell));
                assertThat(table.reason(r, c))
                        .as(pair)
                        .isEqualTo(cell.blockedAt().map(b -> b.reason()));
                assertThat(table.blockedAt(r, c))
                        .as(pair)
                        .isEqualTo(cell.blockedAt().map(b -> b.component()));
                // The flow rebuilt from the table is the one the cell was traced with.
                assertThat(table.flow(r, c)).as(pair).contains(cell.flow());
            }
            long reachable = matrix.cells().stream().filter(c -> c.reachable()).count();
            assertThat(table.count(CellVerdict.REACHABLE)).isEqualTo((int) reachable);
        }
    }

    @Test
    void theDefaultLabSaysWhatTheCommandLineSays() {
        ReachTable t = table(DEFAULT);
        int app = t.row("i-app").orElseThrow();
        assertThat(t.verdict(app, t.column("s3-use1").orElseThrow()))
                .contains(CellVerdict.REACHABLE);
        int target = t.column("i-target").orElseThrow();
        assertThat(t.verdict(app, target)).contains(CellVerdict.BLOCKED);
        assertThat(t.reason(app, target)).contains(ReasonCode.NO_ROUTE_TO_DESTINATION);
        assertThat(t.blockedAt(app, target)).contains("rt-app");
        // A source to itself is not traced.
        assertThat(t.verdict(app, t.column("i-app").orElseThrow())).isEmpty();
        assertThat(t.flow(app, t.column("i-app").orElseThrow())).isEmpty();
        // The S3 column's flows go to the service's DNS name, named after the service.
        assertThat(t.flow(app, t.column("s3-use1").orElseThrow()).orElseThrow().to())
                .contains("amazonaws.com");
    }

    @Test
    void progressCountsEveryPairOnceAndCancellingStopsTheComputation() {
        Lab lab = LabGenerator.generate(120, 7);
        List<long[]> reports = new ArrayList<>();
        ReachTable t =
                ReachComputation.compute(
                        lab,
                        Tracer.of(lab),
                        Protocol.TCP,
                        443,
                        (done, total) -> reports.add(new long[] {done, total}),
                        () -> false);
        long total = ReachComputation.pairs(t.sources(), t.destinations());
        assertThat(reports.get(0)).containsExactly(0, total);
        assertThat(reports.get(reports.size() - 1)).containsExactly(total, total);
        assertThat((long) t.traced()).isEqualTo(total);

        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(
                        () ->
                                ReachComputation.compute(
                                        lab,
                                        Tracer.of(lab),
                                        Protocol.TCP,
                                        443,
                                        (done, all) -> seen.set((int) done),
                                        () -> seen.get() >= 50))
                .isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isEqualTo(50);
    }

    @Test
    void anotherPortGivesAnotherTableAndTheBuilderRefusesCellsAfterBuilding() {
        ReachTable t =
                ReachComputation.compute(
                        DEFAULT,
                        Tracer.of(DEFAULT),
                        Protocol.TCP,
                        22,
                        ReachComputation.Progress.none(),
                        () -> false);
        assertThat(t.port()).isEqualTo(22);
        int app = t.row("i-app").orElseThrow();
        // The endpoint's group sg-vpce-app lets 443 in, not 22.
        assertThat(t.verdict(app, t.column("vpce-app").orElseThrow()))
                .isNotEqualTo(table(DEFAULT).verdict(app, t.column("vpce-app").orElseThrow()));

        ReachTable.Builder b =
                ReachTable.builder(List.of("i-app"), List.of("s3-use1"), Protocol.TCP, 443);
        ReachabilityMatrix.Cell cell =
                ReachabilityMatrix.compute(DEFAULT).cell("i-app", "s3-use1").orElseThrow();
        b.accept(cell);
        b.build();
        assertThatThrownBy(() -> b.accept(cell)).isInstanceOf(IllegalStateException.class);
    }
}
