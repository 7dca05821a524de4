package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.cli.MainTest.Outcome;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    static final String DEFAULT_LAB =
            Path.of("assets/labs/default.yaml").toAbsolutePath().toString();

    @TempDir Path dir;

    @Test
    void writesEachFormatWithoutADisplay() throws IOException {
        for (String format : new String[] {"png", "svg", "pdf", "drawio"}) {
            Path out = dir.resolve("lab." + format);
            Outcome o =
                    MainTest.run(
                            "export", DEFAULT_LAB, "--format", format, "--out", out.toString());
            assertThat(o.status()).as(format + ": " + o.err()).isZero();
            assertThat(o.out()).contains("Wrote " + out);
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("lab.svg"), StandardCharsets.UTF_8))
                .contains("<svg", "vpc-consumer");
        assertThat(Files.readString(dir.resolve("lab.drawio")))
                .startsWith("<?xml")
                .contains("<mxfile");
        assertThat(Files.readAllBytes(dir.resolve("lab.pdf"))).startsWith("%PDF".getBytes());
    }

    @Test
    void scaleAndBackgroundShapeThePng() throws IOException {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        MainTest.run("export", DEFAULT_LAB, "--format", "png", "--out", one.toString());
        Outcome o =
                MainTest.run(
                        "export",
                        DEFAULT_LAB,
                        "--format",
                        "PNG",
                        "--scale",
                        "2",
                        "--background",
                        "transparent",
                        "--out",
                        two.toString());
        assertThat(o.status()).isZero();
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertThat(b.getWidth()).isEqualTo(2 * a.getWidth());
        assertThat(b.getRGB(1, 1) >>> 24).isZero();
        assertThat(a.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aFlowDrawsItsTraceAndAScenarioQueryCanBeNamed() throws IOException {
        Path svg = dir.resolve("trace.svg");
        Outcome o =
                MainTest.run(
                        "export",
                        MainTest.NACL_DENY,
                        "--format",
                        "svg",
                        "--flow",
                        "query",
                        "--out",
                        svg.toString());
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(Files.readString(svg)).contains("Verdict: NOT REACHABLE");
    }

    @Test
    void withoutOutItWritesTheLabsNameInTheWorkingDirectory() {
        Outcome o = MainTest.run("export", DEFAULT_LAB, "--format", "drawio", "--help");
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains("--format", "--flow", "--scale", "--background", "--page");
    }

    @Test
    void badInputEndsWithStatusTwoAndOneParagraph() {
        Path out = dir.resolve("x.png");
        String o = out.toString();
        assertThat(MainTest.run("export", DEFAULT_LAB, "--format", "bmp", "--out", o).err())
                .contains("Unknown format \"bmp\"");
        assertThat(MainTest.run("export", DEFAULT_LAB, "--format", "png", "--scale", "5").status())
                .isEqualTo(2);
        assertThat(
                        MainTest.run(
                                        "export",
                                        DEFAULT_LAB,
                                        "--format",
                                        "png",
                                        "--background",
                                        "pink",
                                        "--out",
                                        o)
                                .status())
                .isEqualTo(2);
        Outcome flow =
                MainTest.run(
                        "export", DEFAULT_LAB, "--format", "png", "--flow", "nope", "--out", o);
        assertThat(flow.status()).isEqualTo(2);
        assertThat(flow.err()).contains("no flow named \"nope\"", "App instance to S3");
        Outcome missing = MainTest.run("export", "no-such-lab.yaml", "--format", "png", "--out", o);
        assertThat(missing.status()).isEqualTo(2);
        assertThat(MainTest.run("export", DEFAULT_LAB, "--out", o).status()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }
}
