package dev.vpclab.bench;

import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.ReachabilityMatrix;
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
 * The full reachability matrix ({@code reach}) of a generated lab, computed over classes of sources
 * and destinations (one trace per pair of classes, ReachClasses). Target: under 0.3 s at 1,000
 * components.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class ReachBenchmark {
    @Param({"100", "1000"})
    int components;

    private Lab lab;

    @Setup(Level.Trial)
    public void setUp() {
        lab = LabGenerator.generate(components, 42);
    }

    @Benchmark
    public ReachabilityMatrix reachMatrix() {
        return ReachabilityMatrix.compute(lab);
    }
}
