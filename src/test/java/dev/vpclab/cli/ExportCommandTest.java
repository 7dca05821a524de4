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
    void aScaleCutByTheSizeLimitIsSaidWithTheScaleUsed() throws IOException {
        // Two hosts 20,000 units apart: at 2x the PNG would be 40,000 pixels wide, past the
        // longest side Java's images handle, so it is drawn smaller and the user is told.
        Path wide = dir.resolve("wide.yaml");
        Files.writeString(
                wide,
                String.join(
                        "\n",
                        "format: vpclab/1",
                        "title: Wide",
                        "components:",
                        "- kind: internetHost",
                        "  id: host-a",
                        "  ip: 203.0.113.10",
                        "- kind: internetHost",
                        "  id: host-b",
                        "  ip: 198.51.100.20",
                        "layout:",
                        "  host-a: {x: 0, y: 0}",
                        "  host-b: {x: 20000, y: 0}",
                        ""));
        Path out = dir.resolve("wide.png");
        Outcome o =
                MainTest.run(
                        "export",
                        wide.toString(),
                        "--format",
                        "png",
                        "--scale",
                        "2",
                        "--out",
                        out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        double used = img.getWidth() / 20168.0;
        assertThat(used).isLessThan(1.6);
        String said = String.format(java.util.Locale.ROOT, "%.2f", used);
        assertThat(o.err().strip())
                .startsWith("At --scale 2 the picture would pass the size limit")
                .contains("drawn at " + said.substring(0, 3));
        assertThat(o.err().strip().lines()).hasSize(1);

        Outcome ko =
                MainTest.run(
                        "--lang",
                        "ko",
                        "export",
                        wide.toString(),
                        "--format",
                        "png",
                        "--scale",
                        "2",
                        "--out",
                        out.toString());
        assertThat(ko.err()).contains("--scale 2", "크기 한도", "배로 줄여 그렸습니다");

        // Within the limit nothing is said.
        Outcome small =
                MainTest.run(
                        "export",
                        DEFAULT_LAB,
                        "--format",
                        "png",
                        "--scale",
                        "4",
                        "--out",
                        dir.resolve("small.png").toString());
        assertThat(small.err()).isEmpty();
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
