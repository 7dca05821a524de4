package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class GifExporterTest {
    private static final Path SCENARIO =
            Path.of("src/test/resources/scenarios/s3-private-subnet-via-nat-gateway.yaml");

    private static Lab lab() {
        return LabReader.read(SCENARIO).lab().orElseThrow();
    }

    private static ExportOptions withTrace(Lab lab) {
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        return ExportOptions.defaults().withTrace(trace);
    }

    @Test
    void theGifHasOneFrameForEveryTickOfTheWalkAndLoops() throws IOException {
        Lab lab = lab();
        GifExporter exporter = new GifExporter(4, 2.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(lab, withTrace(lab), out, ExportProgress.none());

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            int painted = exporter.frames(lab, withTrace(lab), ExportProgress.none()).size();
            // Identical frames are merged: fewer GIF frames, the same total time (25/100 s each).
            assertThat(frames).isGreaterThan(5).isLessThan(painted);
            int total = 0;
            for (int i = 0; i < frames; i++) {
                total += delay(reader, i);
            }
            assertThat(total).isEqualTo(painted * 25);
            String tree = dump(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"));
            assertThat(tree).contains("NETSCAPE");
        } finally {
            reader.dispose();
        }
    }

    @Test
    void thePacketMovesBetweenFrames() {
        Lab lab = lab();
        List<BufferedImage> frames =
                new GifExporter(4, 1.0).frames(lab, withTrace(lab), ExportProgress.none());
        long changed = 0;
        for (int i = 1; i < frames.size(); i++) {
            if (differs(frames.get(i - 1), frames.get(i))) {
                changed++;
            }
        }
        // The walk dwells at each decision point (the card stays up), then travels on.
        assertThat(changed).isGreaterThan(frames.size() / 3);
        assertThat(differs(frames.get(0), frames.get(frames.size() - 1))).isTrue();
        assertThat(frames.get(0).getWidth()).isEqualTo(frames.get(frames.size() - 1).getWidth());
    }

    @Test
    void anAnimationNeedsAFlow() {
        assertThatThrownBy(
                        () ->
                                new GifExporter()
                                        .frames(
                                                lab(),
                                                ExportOptions.defaults(),
                                                ExportProgress.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flow");
    }

    private static int delay(ImageReader reader, int i) throws IOException {
        String tree = dump(reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0"));
        var m = java.util.regex.Pattern.compile("delayTime=(\\d+)").matcher(tree);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theDefaultLabsWalkIsSmallAndLaterFramesAreOnlyTheChangedRectangle() throws Exception {
        Lab lab = ExportLabs.defaultLab();
        ExportOptions options =
                ExportOptions.defaults().withTrace(Tracer.of(lab).trace(ExportLabs.s3Flow(lab)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GifExporter().write(lab, options, out, ExportProgress.none());
        assertThat(out.size()).isLessThan(1_000_000);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            BufferedImage first = reader.read(0);
            int n = reader.getNumImages(true);
            for (int i = 1; i < n; i++) {
                BufferedImage part = reader.read(i);
                assertThat((long) part.getWidth() * part.getHeight())
                        .as("frame %d", i)
                        .isLessThan((long) first.getWidth() * first.getHeight());
            }
            // Flat fills keep their exact colour: the page background is not dithered.
            int background = Colors.argb(options.style().background()) & 0xFFFFFF;
            int white = 0;
            for (int y = 0; y < first.getHeight(); y += 3) {
                for (int x = 0; x < first.getWidth(); x += 3) {
                    int rgb = first.getRGB(x, y) & 0xFFFFFF;
                    if (rgb == background) {
                        white++;
                    }
                }
            }
            assertThat(white).isGreaterThan((first.getWidth() / 3) * (first.getHeight() / 3) / 3);
        } finally {
            reader.dispose();
        }
        Path file = java.nio.file.Files.createTempFile("walk", ".gif");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            assertImageMagickReads(file, reader);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aBigLabsWalkIsCroppedToThePartTheFlowCrosses() throws Exception {
        Lab big = dev.vpclab.generate.LabGenerator.generate(500, 1);
        ExportOptions options =
                ExportOptions.defaults().withTrace(Tracer.of(big).trace(big.flows().get(0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GifExporter().write(big, options, out, ExportProgress.none());
        double whole = ExportScene.of(big, options).area().width();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            BufferedImage first = reader.read(0);
            // At 1x, a frame the size of the crop: a fraction of the lab's width, full scale.
            assertThat((double) first.getWidth()).isLessThan(whole / 4);
            assertThat(reader.getNumImages(true)).isGreaterThan(10);
        } finally {
            reader.dispose();
        }
        assertThat(out.size()).isLessThan(5_000_000);
    }

    @Test
    void theFramesAreTheDrawingAndItsMarginWithNoEmptyBandAtAnyEdge() throws Exception {
        for (Lab lab : List.of(ExportLabs.defaultLab(), lab())) {
            ExportOptions options =
                    ExportOptions.defaults()
                            .withTrace(
                                    Tracer.of(lab)
                                            .trace(
                                                    lab.query()
                                                            .orElseGet(() -> lab.flows().get(0))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new GifExporter().write(lab, options, out, ExportProgress.none());
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try (ImageInputStream in =
                    ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                reader.setInput(in);
                BufferedImage first = reader.read(0);
                int[] bands = emptyBands(first);
                // The scene's margin is 24 units (24 px at 1x): no edge has more white than that
                // and a little rounding; the cards stay inside the drawing.
                assertThat(java.util.Arrays.stream(bands).max().orElseThrow())
                        .as(
                                "white rows or columns at the top, right, bottom, left: %s",
                                java.util.Arrays.toString(bands))
                        .isLessThanOrEqualTo(30);
            } finally {
                reader.dispose();
            }
        }
    }

    /** How many rows or columns, from the top, right, bottom and left edges, are all white. */
    static int[] emptyBands(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int top = 0;
        while (top < h && rowIsWhite(img, top)) {
            top++;
        }
        int bottom = 0;
        while (bottom < h && rowIsWhite(img, h - 1 - bottom)) {
            bottom++;
        }
        int left = 0;
        while (left < w && columnIsWhite(img, left)) {
            left++;
        }
        int right = 0;
        while (right < w && columnIsWhite(img, w - 1 - right)) {
            right++;
        }
        return new int[] {top, right, bottom, left};
    }

    private static boolean rowIsWhite(BufferedImage img, int y) {
        for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean columnIsWhite(BufferedImage img, int x) {
        for (int y = 0; y < img.getHeight(); y++) {
            if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                return false;
            }
        }
        return true;
    }

    /** ImageMagick, where installed, reads every frame at the full canvas size. */
    private static void assertImageMagickReads(Path file, ImageReader unused) throws Exception {
        Process p;
        try {
            p =
                    new ProcessBuilder("identify", "-format", "%W %H\\n", file.toString())
                            .redirectErrorStream(true)
                            .start();
        } catch (IOException notInstalled) {
            return;
        }
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output.lines().distinct().count()).as(output).isEqualTo(1);
    }

    private static boolean differs(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String dump(org.w3c.dom.Node node) {
        StringBuilder sb = new StringBuilder(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                org.w3c.dom.Node a = node.getAttributes().item(i);
                sb.append(' ').append(a.getNodeName()).append('=').append(a.getNodeValue());
            }
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            sb.append('\n').append(dump(c));
        }
        return sb.toString();
    }
}
