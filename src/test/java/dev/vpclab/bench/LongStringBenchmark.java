package dev.vpclab.bench;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a lab whose title is one string of 1, 8 or 19.5 MB without a blank, plain and
 * double-quoted: the worst case for SnakeYAML's own windowed reader (quadratic). Target: linear in
 * the string's length, about a second for the largest file the reader takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class LongStringBenchmark {
    @Param({"1048576", "8388608", "20447232"})
    int length;

    @Param({"plain", "quoted"})
    String style;

    private String text;

    @Setup
    public void setUp() {
        String value = "a".repeat(length);
        String title = style.equals("quoted") ? '"' + value + '"' : value;
        text = "format: vpclab/1\ntitle: " + title + "\ncomponents: []\n";
    }

    @Benchmark
    public LoadResult readLongString() {
        return LabReader.read(text, "long.yaml");
    }
}
