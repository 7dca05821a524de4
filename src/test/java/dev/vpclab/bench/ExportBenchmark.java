package dev.vpclab.bench;

import dev.vpclab.export.ExportOptions;
import dev.vpclab.export.ExportProgress;
import dev.vpclab.export.PngExporter;
import dev.vpclab.export.SvgExporter;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Exports of a generated lab of 500 components, from the lab to the bytes of the file (layout,
 * painting, encoding): SVG, and PNG at 2x on white. Targets: SVG under 300 ms, PNG at 2x under 1.5
 * s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ExportBenchmark {
    @Param({"500"})
    int components;

    private Lab lab;
    private final ExportOptions svg = ExportOptions.defaults();
    private final ExportOptions png2x = ExportOptions.defaults().withScale(2);

    @Setup(Level.Trial)
    public void setUp() {
        lab = LabGenerator.generate(components, 42);
    }

    @Benchmark
    public int svg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().write(lab, svg, out, ExportProgress.none());
        return out.size();
    }

    @Benchmark
    public int png2x() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngExporter().write(lab, png2x, out, ExportProgress.none());
        return out.size();
    }
}
