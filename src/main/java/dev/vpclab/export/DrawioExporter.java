package dev.vpclab.export;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LineKind;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.paint.PaintStyle;
import dev.vpclab.paint.TracePainter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the diagram as an uncompressed draw.io file ({@code mxfile} XML): every component a cell
 * with draw.io's AWS 4 shape, VPCs, subnets, regions and on-premises networks as containers holding
 * their children (coordinates relative to the container, as draw.io wants), the connections as
 * edges, labels with the id and the CIDR or address. Cell ids are the component ids, so a cell can
 * be traced back to the lab.
 */
public final class DrawioExporter implements Exporter {
    /**
     * Ids of draw.io's root cell and of its default layer, which holds the top-level cells: "0" and
     * "1", as draw.io itself writes them (some tools look the layer up by that id).
     */
    static final String ROOT = "0";

    static final String LAYER = "1";

    /**
     * The cell id of a component: its id, unless it would take the root's or the layer's; then
     * prefixed, so a lab with a component named "1" still opens.
     */
    static String cellId(String componentId) {
        return componentId.equals(ROOT) || componentId.equals(LAYER)
                ? "component:" + componentId
                : componentId;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.DRAWIO;
    }

    @Override
    public void write(Lab lab, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        out.write(xml(lab, options).getBytes(StandardCharsets.UTF_8));
        progress.worked(1);
    }

    /** The draw.io document as text. */
    public String xml(Lab lab, ExportOptions options) {
        ExportScene scene = ExportScene.of(lab, options);
        Diagram d = scene.diagram();
        Rect area = scene.area();
        StringBuilder x = new StringBuilder(32 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append(
                "<mxfile host=\"vpclab\" agent=\"VPC Endpoint Lab\" version=\"24.7.17\""
                        + " type=\"device\">\n");
        x.append("  <diagram id=\"vpclab\" name=\"");
        Xml.escape(x, lab.title().isBlank() ? "Lab" : lab.title()).append("\">\n");
        x.append("    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"10\" guides=\"1\"");
        x.append(" tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\"");
        x.append(" pageScale=\"1\" pageWidth=\"");
        Xml.number(x, area.width()).append("\" pageHeight=\"");
        Xml.number(x, area.height()).append("\" math=\"0\" shadow=\"0\">\n");
        x.append("      <root>\n");
        x.append("        <mxCell id=\"" + ROOT + "\"/>\n");
        x.append("        <mxCell id=\"" + LAYER + "\" parent=\"" + ROOT + "\"/>\n");
        for (String id : d.paintOrder()) {
            if (!scene.includes(id)) {
                continue;
            }
            Component c = lab.component(id).orElseThrow();
            vertex(x, lab, d, scene, c, area);
        }
        int n = 0;
        for (Connections.Edge e : Connections.edges(lab)) {
            if (!scene.includes(e.from())
                    || !scene.includes(e.to())
                    || d.box(e.from()).isEmpty()
                    || d.box(e.to()).isEmpty()) {
                continue;
            }
            boolean dashed = e.kind() == LineKind.MEMBERSHIP || e.kind() == LineKind.ASSOCIATION;
            String color =
                    e.kind() == LineKind.ENDPOINT_ROUTE
                            ? "#7AA116"
                            : e.kind() == LineKind.MEMBERSHIP
                                    ? PaintStyle.LIGHT.membershipEdge()
                                    : PaintStyle.LIGHT.edge();
            x.append("        <mxCell id=\"edge:").append(++n).append("\" value=\"\" style=\"");
            x.append("endArrow=none;html=0;rounded=0;strokeColor=").append(color);
            x.append(dashed ? ";dashed=1;" : ";").append("\" edge=\"1\" parent=\"" + LAYER);
            x.append("\" source=\"");
            Xml.escape(x, cellId(e.from())).append("\" target=\"");
            Xml.escape(x, cellId(e.to())).append("\">\n");
            x.append("          <mxGeometry relative=\"1\" as=\"geometry\"/>\n");
            x.append("        </mxCell>\n");
        }
        scene.trace().ifPresent(t -> trace(x, lab, d, t, area, scene));
        x.append("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
        return x.toString();
    }

    /** Where a component's cell is, in lab coordinates: an icon shape is smaller than its card. */
    private static Rect cellBox(Component c, Rect r) {
        if (DrawioShapes.isGroup(c) || c.kind() == dev.vpclab.model.ComponentKind.SECURITY_GROUP) {
            return r;
        }
        // An icon shape is square with its label below; centre it where the canvas's card is.
        return new Rect(
                r.x() + (r.width() - DrawioShapes.ICON_SIZE) / 2,
                r.y() + 2,
                DrawioShapes.ICON_SIZE,
                DrawioShapes.ICON_SIZE);
    }

    private static void vertex(
            StringBuilder x, Lab lab, Diagram d, ExportScene scene, Component c, Rect area) {
        Rect r = d.box(c.id()).orElseThrow();
        // A VPC sits in its Region's frame, as draw.io's AWS diagrams nest them.
        Optional<String> parent =
                d.parent(c.id()).or(() -> d.frameOf(c.id())).filter(scene::includes);
        Rect origin = parent.flatMap(d::box).orElse(new Rect(area.x(), area.y(), 0, 0));
        String detail = DiagramPainter.detail(lab, c);
        x.append("        <mxCell id=\"");
        Xml.escape(x, cellId(c.id())).append("\" value=\"");
        Xml.escape(x, detail.isEmpty() ? c.id() : c.id() + "\n" + detail);
        x.append("\" style=\"");
        Xml.escape(x, DrawioShapes.style(lab, c)).append("\" vertex=\"1\" parent=\"");
        Xml.escape(x, parent.map(DrawioExporter::cellId).orElse(LAYER)).append("\">\n");
        Rect cell = cellBox(c, r);
        x.append("          <mxGeometry x=\"");
        Xml.number(x, cell.x() - origin.x()).append("\" y=\"");
        Xml.number(x, cell.y() - origin.y()).append("\" width=\"");
        Xml.number(x, cell.width()).append("\" height=\"");
        Xml.number(x, cell.height()).append("\" as=\"geometry\"/>\n");
        x.append("        </mxCell>\n");
    }

    private static void trace(
            StringBuilder x, Lab lab, Diagram d, TracePainter t, Rect area, ExportScene scene) {
        for (TracePainter.Badge b : t.badges(d)) {
            if (!scene.includes(b.id())) {
                continue;
            }
            double r = TracePainter.BADGE_RADIUS;
            // A child of its component, placed relative to the component's cell: moving the
            // component in draw.io takes its badge along.
            Component owner = lab.component(b.id()).orElseThrow();
            Rect cell = cellBox(owner, d.box(b.id()).orElseThrow());
            x.append("        <mxCell id=\"hop:").append(b.number()).append("\" value=\"");
            x.append(b.number()).append("\" style=\"ellipse;html=0;fontColor=#FFFFFF;");
            x.append("fontStyle=1;fontSize=10;strokeColor=none;fillColor=");
            x.append(b.blocked() ? "#D91515" : "#0972D3").append(";\" vertex=\"1\" parent=\"");
            Xml.escape(x, cellId(b.id())).append("\">\n          <mxGeometry x=\"");
            // The painter lines badges up from the card's top-right corner; draw.io's icon is
            // narrower than the card, so they line up from the icon's corner instead.
            Rect card = d.box(b.id()).orElseThrow();
            double fromRight = card.maxX() - b.cx();
            double cx = cell.width() >= card.width() ? b.cx() : cell.maxX() - 4 - (fromRight - 12);
            Xml.number(x, cx - r - cell.x()).append("\" y=\"");
            Xml.number(x, b.cy() - r - cell.y()).append("\" width=\"");
            Xml.number(x, 2 * r).append("\" height=\"");
            Xml.number(x, 2 * r).append("\" as=\"geometry\"/>\n        </mxCell>\n");
        }
        Rect content = null;
        for (String id : d.paintOrder()) {
            if (scene.includes(id)) {
                Rect r = d.box(id).orElseThrow();
                content = content == null ? r : content.union(r);
            }
        }
        double lx = (content == null ? area.x() : content.x()) - area.x();
        double ly = (content == null ? area.y() : content.maxY() + 24) - area.y();
        Rect box = t.legendBox(lx, ly);
        x.append("        <mxCell id=\"legend\" value=\"");
        Xml.escape(x, String.join("\n", t.legendLines()));
        x.append("\" style=\"text;html=0;align=left;verticalAlign=top;");
        x.append("spacing=8;fontSize=11;strokeColor=#C6CCD4;fillColor=#FFFFFF;rounded=1;\"");
        x.append(" vertex=\"1\" parent=\"").append(LAYER).append("\">\n          <mxGeometry x=\"");
        Xml.number(x, box.x()).append("\" y=\"");
        Xml.number(x, box.y()).append("\" width=\"");
        Xml.number(x, box.width()).append("\" height=\"");
        Xml.number(x, box.height()).append("\" as=\"geometry\"/>\n        </mxCell>\n");
    }
}
