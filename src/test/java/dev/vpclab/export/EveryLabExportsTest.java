package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every example lab and golden scenario, and a generated 500-component lab, exports to every format
 * in English and Korean with its trace drawn, and each file reads back the way its viewer reads it:
 * the PNG and GIF through the JDK's image readers (and ImageMagick's {@code identify} when it is
 * installed), the SVG and draw.io files as XML, draw.io's structure as draw.io builds it, the PDF
 * through PDFBox.
 */
class EveryLabExportsTest {
    /** A GIF no bigger than this for any lab: the walk of a big lab is cropped to the flow. */
    private static final int GIF_BYTES = 10_000_000;

    static Stream<Arguments> labsInEachLanguage() throws IOException {
        return ExportLabs.allLabs().stream()
                .flatMap(
                        p ->
                                Stream.of(
                                        Arguments.of(p, Locale.ENGLISH),
                                        Arguments.of(p, Locale.KOREAN)));
    }

    @ParameterizedTest
    @MethodSource("labsInEachLanguage")
    void exportsToEveryFormatThatReadsBack(Path file, Locale locale) throws Exception {
        // The example labs' walks in full (and through ImageMagick); the golden scenarios', which
        // are many, at a quicker pace: fewer frames of the same picture.
        boolean example = file.startsWith(Path.of("assets"));
        GifExporter gif = example ? new GifExporter(4, 2.0) : new GifExporter(2, 4.0);
        exportEveryFormat(ExportLabs.load(file), locale, gif, example);
    }

    @Test
    void aGenerated500ComponentLabExportsInBothLanguages() throws Exception {
        Lab big = dev.vpclab.generate.LabGenerator.generate(500, 42);
        exportEveryFormat(big, Locale.ENGLISH, new GifExporter(4, 2.0), true);
        exportEveryFormat(big, Locale.KOREAN, new GifExporter(4, 2.0), true);
    }

    private static void exportEveryFormat(Lab lab, Locale locale, GifExporter gif, boolean identify)
            throws Exception {
        Optional<Flow> flow = lab.query().or(() -> lab.flows().stream().findFirst());
        Optional<Trace> trace = flow.map(f -> Tracer.of(lab).trace(f));
        ExportOptions options = ExportOptions.defaults().withLocale(locale);
        if (trace.isPresent()) {
            options = options.withTrace(trace.get());
        }
        for (ExportFormat format : ExportFormat.values()) {
            if (format == ExportFormat.GIF && trace.isEmpty()) {
                continue; // an animation needs a flow; the CLI says so (ExportCommandTest)
            }
            Exporter exporter = format == ExportFormat.GIF ? gif : Exporter.of(format);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(lab, options, out, ExportProgress.none());
            byte[] bytes = out.toByteArray();
            String what = format + " " + locale;
            switch (format) {
                case PNG -> {
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
                    assertThat(img).as(what).isNotNull();
                    assertThat((long) img.getWidth() * img.getHeight())
                            .isLessThanOrEqualTo(PngExporter.MAX_PIXELS);
                }
                case SVG -> {
                    Document svg = SvgExporterTest.parse(new String(bytes, StandardCharsets.UTF_8));
                    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
                    assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).isPositive();
                }
                case DRAWIO -> assertReadsAsDrawio(bytes, lab, trace);
                case PDF -> assertPdfReads(bytes, lab, trace.isPresent(), locale);
                case GIF -> assertGifReads(bytes, identify);
            }
        }
    }

    private static void assertPdfReads(byte[] bytes, Lab lab, boolean traced, Locale locale)
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(ExportLabs.shownId(lab.components().get(0)));
            if (traced && locale == Locale.KOREAN) {
                assertThat(text).containsPattern("[\\uAC00-\\uD7A3]{2,}");
            }
            PdfExporterTest.assertEveryFontIsEmbedded(pdf);
        }
    }

    /**
     * The draw.io file as draw.io builds its model: the root cell {@code 0} and the layer {@code 1}
     * first, every other cell's parent a cell read before it, one vertex per component whose label
     * (unescaped by the XML reader) starts with its id, plain-text labels, and each hop badge a
     * child of a component of the trace's path.
     */
    private static void assertReadsAsDrawio(byte[] bytes, Lab lab, Optional<Trace> trace)
            throws Exception {
        Document doc = SvgExporterTest.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("mxfile");
        NodeList list = doc.getElementsByTagName("mxCell");
        List<Element> cells = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            cells.add((Element) list.item(i));
        }
        assertThat(cells.get(0).getAttribute("id")).isEqualTo(DrawioExporter.ROOT);
        assertThat(cells.get(0).hasAttribute("parent")).isFalse();
        assertThat(cells.get(1).getAttribute("id")).isEqualTo(DrawioExporter.LAYER);
        assertThat(cells.get(1).getAttribute("parent")).isEqualTo(DrawioExporter.ROOT);
        Set<String> seen = new HashSet<>(Set.of(DrawioExporter.ROOT, DrawioExporter.LAYER));
        java.util.Map<String, Element> byId = new java.util.HashMap<>();
        for (Element c : cells.subList(2, cells.size())) {
            String id = c.getAttribute("id");
            if (c.hasAttribute("vertex")) {
                assertThat(seen).as("parent of " + id).contains(c.getAttribute("parent"));
            } else {
                assertThat(seen).as("source of " + id).contains(c.getAttribute("source"));
                assertThat(seen).as("target of " + id).contains(c.getAttribute("target"));
            }
            assertThat(c.getAttribute("style")).as(id).doesNotContain("html=1");
            assertThat(seen.add(id)).as("one cell " + id).isTrue();
            byId.put(id, c);
        }
        for (Component component : lab.components()) {
            Element cell = byId.get(DrawioExporter.cellId(component.id()));
            assertThat(cell).as(component.id()).isNotNull();
            assertThat(cell.getAttribute("value")).startsWith(component.id());
        }
        if (trace.isPresent()) {
            Set<String> path = new HashSet<>(trace.get().pathIds());
            int badges = 0;
            for (Element c : cells) {
                if (c.getAttribute("id").startsWith("hop:")) {
                    String parent = c.getAttribute("parent");
                    assertThat(path).as(c.getAttribute("id")).contains(parent);
                    badges++;
                }
            }
            assertThat(badges).isPositive();
        }
    }

    /** Decoded by the JDK's GIF reader, and by ImageMagick where it is installed. */
    private static void assertGifReads(byte[] bytes, boolean identify) throws Exception {
        assertThat(bytes.length).isLessThan(GIF_BYTES);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        int frames;
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in);
            frames = reader.getNumImages(true);
            assertThat(frames).isGreaterThan(1);
            BufferedImage first = reader.read(0);
            assertThat((double) first.getWidth() * first.getHeight())
                    .isLessThanOrEqualTo(GifExporter.MAX_PIXELS);
            for (int i = 0; i < frames; i++) {
                var tree =
                        (javax.imageio.metadata.IIOMetadataNode)
                                reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                Element control =
                        (Element) tree.getElementsByTagName("GraphicControlExtension").item(0);
                assertThat(Integer.parseInt(control.getAttribute("delayTime")))
                        .as("delay of frame %d", i)
                        .isGreaterThanOrEqualTo(2);
            }
        } finally {
            reader.dispose();
        }
        if (identify) {
            identifyWhereInstalled(bytes, frames);
        }
    }

    /** ImageMagick's {@code identify} reads every frame, all on one canvas size. */
    private static void identifyWhereInstalled(byte[] bytes, int frames) throws Exception {
        Path file = Files.createTempFile("walk", ".gif");
        try {
            Files.write(file, bytes);
            Process p;
            try {
                p =
                        new ProcessBuilder("identify", "-format", "%W %H\\n", file.toString())
                                .redirectErrorStream(true)
                                .start();
            } catch (IOException notInstalled) {
                return;
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(output).isZero();
            assertThat(output.lines().count()).as(output).isEqualTo(frames);
            assertThat(output.lines().distinct().count()).as(output).isEqualTo(1);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
