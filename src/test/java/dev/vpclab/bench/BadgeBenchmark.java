package dev.vpclab.bench;

import dev.vpclab.edit.RuleEdits;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import dev.vpclab.walk.FlowBadges;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live badges after an edit: 50 saved flows on a generated lab of 1,000 components, one route
 * deleted, then one {@code Tracer.of} of the edited lab and 50 traces compared with the previous
 * version's. Target: under 16 ms (one frame at 60 Hz).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BadgeBenchmark {
    @Param({"1000"})
    int components;

    @Param({"50"})
    int flows;

    private FlowBadges before;
    private Lab edited;

    @Setup(Level.Trial)
    public void setUp() {
        Lab lab = LabGenerator.generate(components, 42);
        List<Flow> saved = new ArrayList<>();
        for (int i = 0; saved.size() < flows; i++) {
            Flow f = lab.flows().get(i % lab.flows().size());
            saved.add(f.withName("flow " + i));
        }
        lab = lab.withFlows(saved);
        before = FlowBadges.of(lab);
        // The edit: delete the last route of the first route table with more than one route.
        RouteTable rt =
                lab.all(RouteTable.class)
                        .filter(t -> t.routes().size() > 1)
                        .findFirst()
                        .orElseThrow();
        edited =
                RuleEdits.removeRoute(lab, rt.id(), rt.routes().size() - 1)
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
    }

    @Benchmark
    public FlowBadges badgesAfterAnEdit() {
        return before.after(edited);
    }
}
