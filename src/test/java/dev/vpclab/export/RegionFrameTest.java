package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Vpc;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A Region is drawn, as in AWS diagrams, as a frame holding its VPCs, in every format. */
class RegionFrameTest {
    private final Lab lab = ExportLabs.defaultLab();
    private final Diagram d = Diagram.of(lab);

    private List<Vpc> vpcs() {
        return lab.components().stream()
                .filter(Vpc.class::isInstance)
                .map(Vpc.class::cast)
                .toList();
    }

    @Test
    void theRegionsBoxHoldsEveryVpcOfTheRegionAndIsPaintedFirst() {
        Rect region = d.box("us-east-1").orElseThrow();
        assertThat(d.isFrame("us-east-1")).isTrue();
        assertThat(vpcs()).hasSizeGreaterThan(1);
        for (Vpc v : vpcs()) {
            assertThat(region.contains(d.box(v.id()).orElseThrow())).as(v.id()).isTrue();
            assertThat(d.frameOf(v.id())).contains("us-east-1");
        }
        // Under everything, so a click on a VPC still finds the VPC.
        assertThat(d.paintOrder().get(0)).isEqualTo("us-east-1");
        Rect consumer = d.box("vpc-consumer").orElseThrow();
        assertThat(d.componentAt(consumer.center())).contains("vpc-consumer");
        // The frame is picked up by its title; its open inside is bare canvas.
        assertThat(d.componentAt(new dev.vpclab.edit.Point(region.x() + 20, region.y() + 10)))
                .contains("us-east-1");
        assertThat(d.componentAt(new dev.vpclab.edit.Point(region.x() + 4, consumer.maxY() + 4)))
                .isEmpty();
    }

    @Test
    void theSvgDrawsADashedFrameAroundTheVpcs() throws Exception {
        String svg = new String(svgBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Document doc = SvgExporterTest.parse(svg);
        NodeList rects = doc.getElementsByTagName("rect");
        Element frame = null;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("stroke").equalsIgnoreCase("#00A4A6")
                    && r.hasAttribute("stroke-dasharray")) {
                frame = r;
            }
        }
        assertThat(frame).as("a dashed teal Region frame in\n%s", svg).isNotNull();
        Rect area = ExportScene.of(lab, ExportOptions.defaults()).area();
        Rect drawn =
                new Rect(
                        Double.parseDouble(frame.getAttribute("x")),
                        Double.parseDouble(frame.getAttribute("y")),
                        Double.parseDouble(frame.getAttribute("width")),
                        Double.parseDouble(frame.getAttribute("height")));
        for (Vpc v : vpcs()) {
            Rect box = d.box(v.id()).orElseThrow().translate(-area.x(), -area.y());
            // The SVG may be translated to its area: accept either coordinate system.
            assertThat(drawn.contains(box) || drawn.contains(d.box(v.id()).orElseThrow()))
                    .as("%s %s in %s", v.id(), box, drawn)
                    .isTrue();
        }
    }

    @Test
    void thePngShowsTheFrameLeftOfTheVpcs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngExporter().write(lab, ExportOptions.defaults(), out, ExportProgress.none());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        Rect area = ExportScene.of(lab, ExportOptions.defaults()).area();
        Rect vpc = d.box("vpc-consumer").orElseThrow();
        Rect region = d.box("us-east-1").orElseThrow();
        // Along the frame's left edge, between the VPC's top and bottom: teal dashes.
        int x = (int) Math.round(region.x() - area.x());
        int teal = 0;
        for (int y = (int) (vpc.y() - area.y()); y < vpc.maxY() - area.y(); y++) {
            int rgb = img.getRGB(x, y);
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            if (r < 100 && g > 120 && b > 120) {
                teal++;
            }
        }
        assertThat(teal).isGreaterThan(40);
    }

    @Test
    void inDrawioTheVpcsAreChildrenOfTheRegionsContainer() throws Exception {
        Document doc =
                SvgExporterTest.parse(new DrawioExporter().xml(lab, ExportOptions.defaults()));
        NodeList cells = doc.getElementsByTagName("mxCell");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            String id = c.getAttribute("id");
            if (vpcs().stream().anyMatch(v -> v.id().equals(id))) {
                assertThat(c.getAttribute("parent")).as(id).isEqualTo("us-east-1");
                assertThat(seen).as("the Region's cell comes first").contains("us-east-1");
                Element g = (Element) c.getElementsByTagName("mxGeometry").item(0);
                // Relative to the Region: inside its frame.
                assertThat(Double.parseDouble(g.getAttribute("x"))).isPositive();
                assertThat(Double.parseDouble(g.getAttribute("y"))).isPositive();
            }
            if (id.equals("us-east-1")) {
                assertThat(c.getAttribute("style")).contains("group_region");
            }
            seen.add(id);
        }
    }

    @Test
    void draggingTheFrameMovesTheVpcsItHolds() {
        EditAttempt a = LayoutEdits.move(lab, Set.of("us-east-1"), 40, 20);
        assertThat(a).isInstanceOf(EditAttempt.Allowed.class);
        Lab moved = ((EditAttempt.Allowed) a).edit().apply(lab);
        Diagram after = Diagram.of(moved);
        for (String id : List.of("vpc-consumer", "subnet-app", "i-app", "us-east-1")) {
            Rect before = d.box(id).orElseThrow();
            assertThat(after.box(id).orElseThrow()).as(id).isEqualTo(before.translate(40, 20));
        }
    }

    @Test
    void aRegionWithoutVpcsStaysAnIcon() {
        List<dev.vpclab.model.Component> more = new ArrayList<>(lab.components());
        more.add(new dev.vpclab.model.Region("eu-west-1"));
        Diagram two = Diagram.of(lab.withComponents(more));
        assertThat(two.isFrame("eu-west-1")).isFalse();
        assertThat(two.box("eu-west-1").orElseThrow().width()).isEqualTo(Diagram.NODE_WIDTH);
        assertThat(two.isFrame("us-east-1")).isTrue();
    }

    @Test
    void aGenerated500ComponentLabExportsAsAGridOfAboutAPagesShape() {
        Lab big = dev.vpclab.generate.LabGenerator.generate(500, 42);
        ExportOptions options =
                ExportOptions.defaults()
                        .withTrace(dev.vpclab.routing.Tracer.of(big).trace(big.flows().get(0)));
        Rect area = ExportScene.of(big, options).area();
        assertThat(area.width() / area.height()).as("%s", area).isBetween(1 / 3.0, 3.0);
        // Siblings (the VPCs in the Region's frame, the subnets of a VPC, ...) never overlap.
        Diagram bd = Diagram.of(big);
        java.util.Map<String, List<String>> siblings = new java.util.HashMap<>();
        for (var c : big.components()) {
            String parent = bd.parent(c.id()).or(() -> bd.frameOf(c.id())).orElse("");
            siblings.computeIfAbsent(parent, k -> new ArrayList<>()).add(c.id());
        }
        for (List<String> group : siblings.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    assertThat(
                                    bd.box(group.get(i))
                                            .orElseThrow()
                                            .intersects(bd.box(group.get(j)).orElseThrow()))
                            .as("%s overlaps %s", group.get(i), group.get(j))
                            .isFalse();
                }
            }
        }
    }

    private byte[] svgBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter().write(lab, ExportOptions.defaults(), out, ExportProgress.none());
        return out.toByteArray();
    }
}
