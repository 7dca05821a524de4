package dev.vpclab.bench;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.generate.LabGenerator;
import java.io.IOException;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a lab file from disk through all three stages (syntax, structure, meaning). Target: under
 * 300 ms at 1,000 components; no worse than linear growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class LoadBenchmark {
    @Param({"100", "1000", "10000"})
    int components;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("vpclab-bench-", ".yaml");
        LabWriter.write(LabGenerator.generate(components, 42), file);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public LoadResult loadLab() {
        return LabReader.read(file);
    }
}
