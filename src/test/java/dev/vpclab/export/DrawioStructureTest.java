package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The draw.io file as draw.io reads it: its root cells, the badges' parents, legible labels. */
class DrawioStructureTest {
    private final Lab lab = ExportLabs.defaultLab();

    /** The PrivateLink flow, whose path meets acl-consumer twice (hops 3 and 5). */
    private Trace privateLink() {
        Flow f = lab.flows().get(1);
        return Tracer.of(lab).trace(f);
    }

    private static List<Element> cells(Document doc) {
        NodeList list = doc.getElementsByTagName("mxCell");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static double geometry(Element cell, String attribute) {
        Element g = (Element) cell.getElementsByTagName("mxGeometry").item(0);
        String v = g.getAttribute(attribute);
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    private static String style(Element cell, String key) {
        for (String part : cell.getAttribute("style").split(";")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return "";
    }

    @Test
    void rootCellsAreZeroAndOneAsDrawioWritesThem() throws Exception {
        Document doc =
                SvgExporterTest.parse(new DrawioExporter().xml(lab, ExportOptions.defaults()));
        assertThat(doc.getDocumentElement().getAttribute("version")).isNotBlank();
        List<Element> cells = cells(doc);
        assertThat(cells.get(0).getAttribute("id")).isEqualTo("0");
        assertThat(cells.get(0).hasAttribute("parent")).isFalse();
        assertThat(cells.get(1).getAttribute("id")).isEqualTo("1");
        assertThat(cells.get(1).getAttribute("parent")).isEqualTo("0");
        Map<String, Element> byId = new HashMap<>();
        cells.forEach(c -> byId.put(c.getAttribute("id"), c));
        for (Element c : cells.subList(2, cells.size())) {
            assertThat(byId)
                    .as("parent of " + c.getAttribute("id"))
                    .containsKey(c.getAttribute("parent"));
        }
    }

    @Test
    void badgesAreChildrenOfTheirHopOnTheIconInHopOrder() throws Exception {
        Trace trace = privateLink();
        Document doc =
                SvgExporterTest.parse(
                        new DrawioExporter().xml(lab, ExportOptions.defaults().withTrace(trace)));
        Map<String, Element> byId = new HashMap<>();
        cells(doc).forEach(c -> byId.put(c.getAttribute("id"), c));
        Map<String, List<Double>> xsByParent = new LinkedHashMap<>();
        for (int n = 1; n <= trace.path().size(); n++) {
            Element badge = byId.get("hop:" + n);
            assertThat(badge).as("hop " + n).isNotNull();
            String hop = trace.path().get(n - 1).id();
            assertThat(badge.getAttribute("parent")).isEqualTo(hop);
            Element owner = byId.get(hop);
            // On the component's cell (touching it), not beside it where the card would be.
            double x = geometry(badge, "x");
            double w = geometry(badge, "width");
            assertThat(x + w).as("hop " + n).isBetween(0.0, geometry(owner, "width") + w / 2);
            assertThat(geometry(badge, "y"))
                    .as("hop " + n)
                    .isBetween(-w, geometry(owner, "height"));
            xsByParent.computeIfAbsent(hop, k -> new ArrayList<>()).add(x);
        }
        List<Double> twice = xsByParent.get("acl-consumer");
        assertThat(twice).as("hops 3 and 5 read left to right").hasSize(2);
        assertThat(twice.get(0)).isLessThan(twice.get(1));
    }

    @Test
    void groupLabelsAreLegibleOnWhite() throws Exception {
        Document doc =
                SvgExporterTest.parse(new DrawioExporter().xml(lab, ExportOptions.defaults()));
        for (Element c : cells(doc)) {
            String font = style(c, "fontColor");
            if (!font.startsWith("#")) {
                continue;
            }
            assertThat(contrastOnWhite(font))
                    .as(c.getAttribute("id") + " " + font)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG contrast ratio of a colour against white. */
    private static double contrastOnWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double l =
                0.2126 * linear((rgb >> 16) & 0xFF)
                        + 0.7152 * linear((rgb >> 8) & 0xFF)
                        + 0.0722 * linear(rgb & 0xFF);
        return 1.05 / (l + 0.05);
    }

    private static double linear(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
