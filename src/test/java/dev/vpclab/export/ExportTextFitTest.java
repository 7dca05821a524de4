package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Labels, headers and the legend are laid out in the widths of the font they are drawn in: read
 * back from the SVG (as a browser lays it out) and the PDF (as poppler extracts it).
 */
class ExportTextFitTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String VPC = ExportLabs.KOREAN_IDS.get("vpc-consumer");
    private static final String SUBNET = ExportLabs.KOREAN_IDS.get("subnet-app");

    /** A width measured in Java's logical sans-serif, which draws Hangul from a CJK face. */
    private static double width(String text, double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) size)
                .getStringBounds(text, FRC)
                .getWidth();
    }

    private record Text(String text, double x, double y, double size, boolean bold) {
        double end() {
            return x + width(text, size, bold);
        }
    }

    private static List<Text> texts(Document svg) {
        NodeList list = svg.getElementsByTagName("text");
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            out.add(
                    new Text(
                            e.getTextContent(),
                            Double.parseDouble(e.getAttribute("x")),
                            Double.parseDouble(e.getAttribute("y")),
                            Double.parseDouble(e.getAttribute("font-size")),
                            "bold".equals(e.getAttribute("font-weight"))));
        }
        return out;
    }

    private static Document svg(Lab lab, ExportOptions options) throws Exception {
        return SvgExporterTest.parse(new SvgExporter().svg(lab, options));
    }

    /** The texts of a container's header row, left to right. */
    private static List<Text> header(List<Text> all, Rect frame) {
        return all.stream()
                .filter(t -> t.y() == frame.y() + 18)
                .filter(t -> t.x() >= frame.x() && t.x() < frame.maxX())
                .sorted(java.util.Comparator.comparingDouble(Text::x))
                .toList();
    }

    @Test
    void aKoreanVpcIdIsNotOverdrawnByItsCidr() throws Exception {
        Lab lab = ExportLabs.koreanLab();
        Rect frame = Diagram.of(lab).box(VPC).orElseThrow();
        List<Text> row = header(texts(svg(lab, ExportOptions.defaults())), frame);

        assertThat(row).extracting(Text::text).containsExactly(VPC, "10.0.0.0/16");
        // The old layout put the CIDR 7.6 units per character after the id: inside the Hangul.
        assertThat(row.get(1).x()).isGreaterThan(row.get(0).end());
        assertThat(row.get(1).end()).isLessThanOrEqualTo(frame.maxX());
    }

    @Test
    void aHeaderTooLongForItsFrameIsElidedInsideIt() throws Exception {
        Lab lab = ExportLabs.koreanLab();
        Diagram d = Diagram.of(lab);
        Rect frame = d.box(SUBNET).orElseThrow();
        Rect next = d.box("subnet-endpoints").orElseThrow();
        List<Text> row = header(texts(svg(lab, ExportOptions.defaults())), frame);

        assertThat(width(SUBNET, 12, true))
                .as("the id alone overflows")
                .isGreaterThan(frame.width());
        assertThat(row).isNotEmpty();
        assertThat(row.get(0).text()).endsWith("…").startsWith(SUBNET.substring(0, 6));
        for (Text t : row) {
            assertThat(t.end()).as(t.text()).isLessThanOrEqualTo(frame.maxX()).isLessThan(next.x());
        }
    }

    @Test
    void everyNodeLabelFitsItsCard() throws Exception {
        Lab lab = ExportLabs.koreanLab();
        Diagram d = Diagram.of(lab);
        List<Text> all = texts(svg(lab, ExportOptions.defaults().withLocale(Locale.KOREAN)));
        for (var c : lab.components()) {
            Rect r = d.box(c.id()).orElseThrow();
            if (r.height() != Diagram.NODE_HEIGHT) {
                continue;
            }
            // Centred labels under the icon: their half-width must fit each side of the centre.
            all.stream()
                    .filter(t -> t.x() == r.center().x() && t.y() > r.y() + 40 && t.y() < r.maxY())
                    .forEach(
                            t ->
                                    assertThat(width(t.text(), t.size(), t.bold()))
                                            .as(c.id() + ": " + t.text())
                                            .isLessThanOrEqualTo(r.width() - 8));
        }
    }

    @Test
    void everyCardSubLabelOfEveryLabReadsWholeInEitherLanguage() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Path file : ExportLabs.allLabs()) {
            Lab lab = ExportLabs.load(file);
            Diagram d = Diagram.of(lab);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                List<Text> all = texts(svg(lab, ExportOptions.defaults().withLocale(locale)));
                for (var c : lab.components()) {
                    Rect r = d.box(c.id()).orElseThrow();
                    if (r.height() != Diagram.NODE_HEIGHT) {
                        continue;
                    }
                    // the plain line under the bold id: the rule and route counts, the address
                    all.stream()
                            .filter(t -> !t.bold() && t.x() == r.center().x())
                            .filter(t -> t.y() > r.y() + 40 && t.y() < r.maxY())
                            .filter(t -> t.text().endsWith("…"))
                            .forEach(t -> cut.add(file + " " + locale + " " + c.id() + ": " + t));
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    private static Trace blocked(Lab lab) {
        Flow f = Flow.of(ExportLabs.KOREAN_IDS.get("i-app"), "i-target", Protocol.TCP, 22);
        return Tracer.of(lab).trace(f);
    }

    @Test
    void theLegendWrapsTheVerdictAndShowsItWhole() throws Exception {
        Lab lab = ExportLabs.koreanLab();
        Trace trace = blocked(lab);
        assertThat(trace.reachable()).isFalse();
        String verdict =
                dev.vpclab.i18n.Message.of(
                                "export.legend.blocked",
                                trace.blockedAt().get().component(),
                                trace.blockedAt().get().reason().name(),
                                trace.blockedAt().get().detail().render(Locale.ENGLISH))
                        .render(Locale.ENGLISH);
        assertThat(verdict.length()).as("longer than the old 110-character cut").isGreaterThan(110);
        ExportOptions options = ExportOptions.defaults().withTrace(trace);

        List<Text> all = texts(svg(lab, options));
        String shown = String.join(" ", all.stream().map(Text::text).toList());
        assertThat(shown).contains(verdict);
        double legendTop =
                all.stream()
                        .filter(t -> t.text().startsWith("Trace:"))
                        .findFirst()
                        .orElseThrow()
                        .y();
        assertThat(all.stream().filter(t -> t.y() >= legendTop))
                .hasSizeGreaterThan(trace.path().size() + 2)
                .noneMatch(t -> t.text().endsWith("…"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(lab, options, out, ExportProgress.none());
        assertThat(pdfText(out.toByteArray()).replaceAll("\\s+", " ")).contains(verdict);
    }

    @Test
    void theLegendBoxIsAtLeastAsWideAsItsTitle() throws Exception {
        Lab lab = ExportLabs.defaultLab();
        Flow f =
                ExportLabs.s3Flow(lab)
                        .withName("The application instance reads its nightly report from S3");
        ExportOptions options = ExportOptions.defaults().withTrace(Tracer.of(lab).trace(f));
        Document doc = svg(lab, options);
        Text title =
                texts(doc).stream()
                        .filter(t -> t.text().contains("nightly report"))
                        .findFirst()
                        .orElseThrow();
        NodeList rects = doc.getElementsByTagName("rect");
        Element box = null;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (Double.parseDouble(r.getAttribute("y")) == title.y() - 21) {
                box = r;
            }
        }
        assertThat(box).as("legend box").isNotNull();
        double right =
                Double.parseDouble(box.getAttribute("x"))
                        + Double.parseDouble(box.getAttribute("width"));
        assertThat(title.end()).isLessThanOrEqualTo(right);
    }

    @Test
    void pdfDrawsBoldLabelsInTheBoldFaceItMeasuresThemIn() throws Exception {
        Lab lab = ExportLabs.koreanLab();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(lab, ExportOptions.defaults(), out, ExportProgress.none());
        java.util.Map<String, java.util.Set<String>> fontsOf = new java.util.HashMap<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(
                        String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var p : positions) {
                        fontsOf.computeIfAbsent(text.trim(), k -> new java.util.HashSet<>())
                                .add(p.getFont().getName());
                    }
                }
            }.getText(doc);
        }
        // Ids are bold, details regular: two faces, the id's the bold one.
        assertThat(fontsOf.get(VPC))
                .singleElement()
                .asString()
                .containsIgnoringCase("NanumSquareB");
        assertThat(fontsOf.get("10.0.0.0/16"))
                .singleElement()
                .asString()
                .doesNotContain("NanumSquareB");
    }

    /** The PDF's text as poppler's pdftotext extracts it when installed, else as PDFBox does. */
    static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("legend", ".pdf");
        try {
            Files.write(file, pdf);
            try {
                Process p =
                        new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                                .redirectErrorStream(true)
                                .start();
                String text = new String(p.getInputStream().readAllBytes(), "UTF-8");
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return text;
                }
            } catch (java.io.IOException notInstalled) {
                // fall through to PDFBox
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(doc);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
