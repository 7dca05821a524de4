package dev.vpclab.bench;

import dev.vpclab.export.ExportOptions;
import dev.vpclab.export.ExportProgress;
import dev.vpclab.export.GifExporter;
import dev.vpclab.format.LabReader;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
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
 * The animated GIF of a flow's packet walk, streamed to a counting sink: the default lab's first
 * flow, and the first flow of a generated 500-component lab. Targets (issue 14): the default walk
 * under 1 MB; the 500-component walk under 10 s within a 256 MB heap (the fork's -Xmx). The
 * returned size is the file's, so JMH's output carries it with the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m", "-Djava.awt.headless=true"})
public class GifBenchmark {
    @Param({"default", "500"})
    String lab;

    private Lab model;
    private ExportOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        model =
                lab.equals("default")
                        ? LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow()
                        : LabGenerator.generate(Integer.parseInt(lab), 42);
        options = ExportOptions.defaults().withTrace(Tracer.of(model).trace(model.flows().get(0)));
    }

    @Benchmark
    public long walkGif() throws IOException {
        CountingSink sink = new CountingSink();
        new GifExporter().write(model, options, sink, ExportProgress.none());
        return sink.bytes;
    }

    /** Counts the bytes written, so the benchmark measures making the file, not storing it. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
