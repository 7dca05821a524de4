package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DrawioExporterTest {
    private final Lab lab = ExportLabs.defaultLab();
    private final DrawioExporter exporter = new DrawioExporter();

    private static Map<String, Element> cells(Document doc) {
        NodeList list = doc.getElementsByTagName("mxCell");
        Map<String, Element> out = new HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            assertThat(out.put(e.getAttribute("id"), e)).as("duplicate id").isNull();
        }
        return out;
    }

    private static double geometry(Element cell, String attribute) {
        Element g = (Element) cell.getElementsByTagName("mxGeometry").item(0);
        String v = g.getAttribute(attribute);
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    @Test
    void isAnUncompressedMxfileWithOneVertexPerComponentInsideItsContainer() throws Exception {
        Document doc = SvgExporterTest.parse(exporter.xml(lab, ExportOptions.defaults()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("mxfile");
        Element diagram = (Element) doc.getElementsByTagName("diagram").item(0);
        assertThat(diagram.getElementsByTagName("mxGraphModel").getLength()).isEqualTo(1);

        Map<String, Element> cells = cells(doc);
        Diagram d = Diagram.of(lab);
        long vertices = cells.values().stream().filter(c -> c.hasAttribute("vertex")).count();
        assertThat(vertices).isEqualTo(lab.components().size());
        for (Component c : lab.components()) {
            Element cell = cells.get(c.id());
            assertThat(cell).as(c.id()).isNotNull();
            assertThat(cell.getAttribute("vertex")).isEqualTo("1");
            assertThat(cell.getAttribute("style")).contains("mxgraph.aws4.");
            assertThat(cell.getAttribute("value")).startsWith(c.id());
            // A VPC's container is the frame of its Region.
            java.util.Optional<String> container = d.parent(c.id()).or(() -> d.frameOf(c.id()));
            String parent = container.orElse(DrawioExporter.LAYER);
            assertThat(cell.getAttribute("parent")).as(c.id()).isEqualTo(parent);
            if (container.isPresent()) {
                // Relative coordinates: the child lies inside its container's own box.
                Rect p = d.box(parent).orElseThrow();
                assertThat(geometry(cell, "x")).isBetween(0.0, p.width());
                assertThat(geometry(cell, "y")).isBetween(0.0, p.height());
            }
        }
        assertThat(cells.get("vpc-consumer").getAttribute("style"))
                .contains("container=1", "grIcon=mxgraph.aws4.group_vpc2");
        assertThat(cells.get("vpc-consumer").getAttribute("value")).contains("10.0.0.0/16");
        assertThat(cells.get("subnet-app").getAttribute("parent")).isEqualTo("vpc-consumer");
        assertThat(cells.get("i-app").getAttribute("parent")).isEqualTo("subnet-app");
        assertThat(cells.get("i-app").getAttribute("value")).isEqualTo("i-app\n10.0.1.10");
        assertThat(cells.get("vpce-s3").getAttribute("style"))
                .contains("shape=mxgraph.aws4.endpoints");
    }

    @Test
    void connectionsAreEdgesBetweenComponentCells() throws Exception {
        Map<String, Element> cells =
                cells(SvgExporterTest.parse(exporter.xml(lab, ExportOptions.defaults())));
        Set<String> pairs = new HashSet<>();
        for (Element e : cells.values()) {
            if (e.hasAttribute("edge")) {
                assertThat(cells).containsKeys(e.getAttribute("source"), e.getAttribute("target"));
                pairs.add(e.getAttribute("source") + ">" + e.getAttribute("target"));
            }
        }
        assertThat(pairs).isNotEmpty();
        assertThat(pairs).anyMatch(p -> p.contains("rt-app") && p.contains("vpce-s3"));
    }

    @Test
    void aTraceAddsHopBadgesAndALegend() throws Exception {
        var trace = Tracer.of(lab).trace(ExportLabs.s3Flow(lab));
        Map<String, Element> cells =
                cells(
                        SvgExporterTest.parse(
                                exporter.xml(lab, ExportOptions.defaults().withTrace(trace))));
        assertThat(cells).containsKeys("hop:1", "legend");
        assertThat(cells.get("hop:1").getAttribute("value")).isEqualTo("1");
        assertThat(cells.get("legend").getAttribute("value")).contains("Verdict: REACHABLE");
    }

    @Test
    void aSelectionKeepsOnlyTheSelectedContainerAndItsContent() throws Exception {
        Map<String, Element> cells =
                cells(
                        SvgExporterTest.parse(
                                exporter.xml(
                                        lab,
                                        ExportOptions.defaults()
                                                .withSelection(Set.of("subnet-app")))));
        assertThat(cells).containsKeys("subnet-app", "i-app").doesNotContainKey("vpc-consumer");
        assertThat(cells.get("subnet-app").getAttribute("parent")).isEqualTo(DrawioExporter.LAYER);
    }

    @Test
    void aHostileNameIsPlainTextInEveryCellNotMarkup() throws Exception {
        String yaml =
                java.nio.file.Files.readString(ExportLabs.DEFAULT)
                        .replace("vpc-consumer", "\"<img src=x onerror=alert(3)>\"");
        Lab hostile = dev.vpclab.format.LabReader.read(yaml, "hostile.yaml").lab().orElseThrow();
        var trace = Tracer.of(hostile).trace(ExportLabs.s3Flow(hostile));
        Map<String, Element> cells =
                cells(
                        SvgExporterTest.parse(
                                exporter.xml(hostile, ExportOptions.defaults().withTrace(trace))));
        Element vpc = cells.get("<img src=x onerror=alert(3)>");
        assertThat(vpc).isNotNull();
        assertThat(vpc.getAttribute("value")).startsWith("<img src=x onerror=alert(3)>");
        for (Element cell : cells.values()) {
            // mxGraph parses a label as HTML only with html=1: no cell may ask for it.
            assertThat(cell.getAttribute("style"))
                    .as(cell.getAttribute("id"))
                    .doesNotContain("html=1");
        }
    }

    @Test
    void hopBadgesAreChildrenOfTheirComponentPlacedOnIt() throws Exception {
        var trace = Tracer.of(lab).trace(ExportLabs.s3Flow(lab));
        Map<String, Element> cells =
                cells(
                        SvgExporterTest.parse(
                                exporter.xml(lab, ExportOptions.defaults().withTrace(trace))));
        int badges = 0;
        for (Element cell : cells.values()) {
            if (!cell.getAttribute("id").startsWith("hop:")) {
                continue;
            }
            badges++;
            Element owner = cells.get(cell.getAttribute("parent"));
            assertThat(owner).as(cell.getAttribute("id")).isNotNull();
            assertThat(lab.component(owner.getAttribute("id"))).isPresent();
            // Relative to the owner's cell: near its top-right corner, not across the page.
            double x = geometry(cell, "x");
            double y = geometry(cell, "y");
            assertThat(x).isBetween(-20.0, geometry(owner, "width") + 20);
            assertThat(y).isBetween(-20.0, geometry(owner, "height") + 20);
        }
        assertThat(badges).isGreaterThan(3);
    }

    @Test
    void theMxfileCarriesAVersionAsDrawioWritesIt() throws Exception {
        Document doc = SvgExporterTest.parse(exporter.xml(lab, ExportOptions.defaults()));
        assertThat(doc.getDocumentElement().getAttribute("version")).matches("\\d+\\.\\d+\\.\\d+");
    }
}
