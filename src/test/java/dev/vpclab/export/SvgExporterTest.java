package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExporterTest {
    private final SvgExporter exporter = new SvgExporter();

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void everyComponentIsLabelledWithRealTextInAWellFormedDocument() throws Exception {
        Lab lab = ExportLabs.defaultLab();
        Document doc = parse(exporter.svg(lab, ExportOptions.defaults()));

        Element svg = doc.getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        List<String> texts = texts(doc);
        for (Component c : lab.components()) {
            assertThat(texts).as(c.id()).anyMatch(t -> t.startsWith(ExportLabs.shownId(c)));
        }
        assertThat(texts).contains("10.0.0.0/16"); // the VPC's CIDR next to its name
        // Icons are vector paths, and text names a font stack with a Hangul face.
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThanOrEqualTo(10);
        assertThat(doc.getElementsByTagName("image").getLength()).isZero();
        Element g = (Element) doc.getElementsByTagName("g").item(0);
        assertThat(g.getAttribute("font-family")).contains("Noto Sans CJK KR", "sans-serif");
    }

    @Test
    void isSizedToTheContentWithAMargin() throws Exception {
        Lab lab = ExportLabs.defaultLab();
        ExportScene scene = ExportScene.of(lab, ExportOptions.defaults());
        var bounds = scene.diagram().bounds().orElseThrow();
        Element svg = parse(exporter.svg(lab, ExportOptions.defaults())).getDocumentElement();

        assertThat(Double.parseDouble(svg.getAttribute("width")))
                .isEqualTo(bounds.width() + 2 * ExportScene.MARGIN);
        assertThat(Double.parseDouble(svg.getAttribute("height")))
                .isEqualTo(bounds.height() + 2 * ExportScene.MARGIN);
        assertThat(svg.getAttribute("viewBox"))
                .startsWith((long) (bounds.x() - ExportScene.MARGIN) + " ");
    }

    @Test
    void aComponentNamedScriptStaysText() throws Exception {
        String yaml =
                Files.readString(ExportLabs.DEFAULT)
                        .replace("i-app", "\"<script>x</script>\"")
                        .replaceFirst("title: .*", "title: \"</title><script>alert(1)</script>\"");
        Lab lab = LabReader.read(yaml, "evil.yaml").lab().orElseThrow();
        String svg = exporter.svg(lab, ExportOptions.defaults());

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).doesNotContain("<script>");
        assertThat(texts(doc)).anyMatch(t -> t.startsWith("<script>x"));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("</title><script>alert(1)</script>");
    }

    @Test
    void aTraceAddsNumberedBadgesAndALegendWithTheVerdict() throws Exception {
        Lab lab = ExportLabs.defaultLab();
        var trace = Tracer.of(lab).trace(ExportLabs.s3Flow(lab));
        List<String> texts =
                texts(parse(exporter.svg(lab, ExportOptions.defaults().withTrace(trace))));

        for (int i = 1; i <= trace.path().size(); i++) {
            assertThat(texts).contains(Integer.toString(i));
        }
        assertThat(texts).anyMatch(t -> t.startsWith("Trace: "));
        // The flow reads from → to, as everywhere else in the app (it read "i-app > ...").
        assertThat(texts)
                .filteredOn(t -> t.startsWith("Trace: "))
                .allMatch(t -> t.contains("i-app \u2192 ") && !t.contains(" > "));
        assertThat(texts).anyMatch(t -> t.startsWith("1. i-app"));
        assertThat(texts).contains("Verdict: REACHABLE. Packets flow both ways.");
    }

    @Test
    void theLegendSpeaksTheChosenLanguage() throws Exception {
        Lab lab = ExportLabs.defaultLab();
        var trace = Tracer.of(lab).trace(ExportLabs.s3Flow(lab));
        ExportOptions korean =
                ExportOptions.defaults().withTrace(trace).withLocale(java.util.Locale.KOREAN);
        List<String> texts = texts(parse(exporter.svg(lab, korean)));

        assertThat(texts).anyMatch(t -> t.startsWith("추적: "));
        assertThat(texts).anyMatch(t -> t.startsWith("판정: 도달 가능"));
    }

    @Test
    void anIndependentRendererDrawsTheSvgAsThePngExportIsDrawn() throws IOException {
        Lab lab = ExportLabs.defaultLab();
        ExportOptions options = ExportOptions.defaults();
        BufferedImage png = new PngExporter().render(lab, options);
        // jsvg tries only the first family of a font-family list (browsers try each in turn), so
        // name the family the PNG was drawn with, as a browser on this machine would pick it.
        byte[] svg =
                exporter.svg(lab, options)
                        .replace(
                                Xml.escape(SvgSurface.FONT_STACK),
                                Graphics2DSurface.installedFamily())
                        .getBytes(StandardCharsets.UTF_8);

        SVGDocument doc =
                new SVGLoader()
                        .load(new ByteArrayInputStream(svg), null, LoaderContext.createDefault());
        assertThat(doc).isNotNull();
        BufferedImage rendered =
                new BufferedImage(png.getWidth(), png.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = rendered.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        doc.render(null, g, new ViewBox(0, 0, png.getWidth(), png.getHeight()));
        g.dispose();

        double diff = Images.meanAbsoluteDifference(png, rendered);
        // Both start from the same white page; a missing box, icon or label would cost far more
        // than the antialiasing and glyph placement that differ between renderers.
        assertThat(diff).isLessThan(1.0);
        assertThat(Images.meanAbsoluteDifference(png, Images.blank(png))).isGreaterThan(8 * diff);
        double worstTile = Images.worstTileDifference(png, rendered, 32);
        assertThat(worstTile).isLessThan(20);
    }
}
