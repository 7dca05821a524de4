package dev.vpclab.bench;

import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
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
 * One trace on a generated lab of 100, 1,000 and 10,000 components: the saved flows of the lab
 * (through NAT, gateway and interface endpoints, peering, transit gateway, VPN) in turn. The tracer
 * is built once per lab, as the app and the command line do. Target: under 50 µs (median) at 1,000
 * components; no worse than linear growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class TraceBenchmark {
    @Param({"100", "1000", "10000"})
    int components;

    private PacketTracer tracer;
    private List<Flow> flows;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Lab lab = LabGenerator.generate(components, 42);
        tracer = Tracer.of(lab);
        flows = lab.flows();
    }

    @Benchmark
    public Trace traceOneFlow() {
        Flow flow = flows.get(next);
        next = (next + 1) % flows.size();
        return tracer.trace(flow);
    }
}
