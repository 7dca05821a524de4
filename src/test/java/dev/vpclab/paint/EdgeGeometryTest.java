package dev.vpclab.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connection lines end on a container's border, not at its empty centre. */
class EdgeGeometryTest {
    private static boolean onBorder(Rect r, Point p) {
        double e = 1e-9;
        boolean inside =
                p.x() >= r.x() - e
                        && p.x() <= r.maxX() + e
                        && p.y() >= r.y() - e
                        && p.y() <= r.maxY() + e;
        boolean onEdge =
                Math.abs(p.x() - r.x()) < e
                        || Math.abs(p.x() - r.maxX()) < e
                        || Math.abs(p.y() - r.y()) < e
                        || Math.abs(p.y() - r.maxY()) < e;
        return inside && onEdge;
    }

    @Test
    void aLineFromAnIconToASubnetEndsOnTheSubnetsBorder() {
        Rect subnet = new Rect(64, 232, 270, 130);
        Rect routeTable = new Rect(64, 392, 120, 64);
        EdgeGeometry.Segment seg = EdgeGeometry.between(subnet, true, routeTable, false);
        assertThat(seg.to()).isEqualTo(routeTable.center());
        assertThat(onBorder(subnet, seg.from())).as("%s", seg.from()).isTrue();
        // Below the subnet: the line meets its bottom edge, on the way to the centre.
        assertThat(seg.from().y()).isCloseTo(subnet.maxY(), within(1e-9));
        Point c = subnet.center();
        Point r = routeTable.center();
        double cross =
                (seg.from().x() - r.x()) * (c.y() - r.y())
                        - (seg.from().y() - r.y()) * (c.x() - r.x());
        assertThat(cross).isCloseTo(0, within(1e-6));
    }

    @Test
    void sideOnAndSwappedEndsMeetTheNearEdge() {
        Rect subnet = new Rect(0, 0, 100, 50);
        Rect right = new Rect(300, 0, 120, 50);
        EdgeGeometry.Segment seg = EdgeGeometry.between(right, false, subnet, true);
        assertThat(seg.to()).isEqualTo(new Point(100, 25));
        assertThat(seg.from()).isEqualTo(right.center());
    }

    @Test
    void aLineToSomethingInsideTheContainerIsLeftAsItIs() {
        Rect vpc = new Rect(0, 0, 600, 400);
        Rect inside = new Rect(40, 40, 120, 64);
        EdgeGeometry.Segment seg = EdgeGeometry.between(vpc, true, inside, false);
        assertThat(seg.from()).isEqualTo(vpc.center());
    }

    @Test
    void theDefaultLabsAssociationLinesEndOnTheirSubnetsBorder() {
        Lab lab = LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();
        Diagram d = Diagram.of(lab);
        List<double[]> lines = new ArrayList<>();
        DrawingSurface recorder =
                new RecordingSurface() {
                    @Override
                    public void line(
                            double x1,
                            double y1,
                            double x2,
                            double y2,
                            String stroke,
                            double lineWidth,
                            boolean dashed) {
                        if (dashed) {
                            lines.add(new double[] {x1, y1, x2, y2});
                        }
                    }
                };
        new DiagramPainter(IconSet.shared())
                .paint(
                        d,
                        DiagramPainter.Overlay.none(),
                        PaintStyle.LIGHT,
                        d.bounds().orElseThrow(),
                        recorder);
        Rect subnet = d.box("subnet-app").orElseThrow();
        Rect rt = d.box("rt-app").orElseThrow();
        // The line is routed (EdgeRoutes): its first leg leaves the subnet's border, its last
        // reaches the route table's border, and no leg ends at either centre.
        assertThat(lines)
                .as("a dashed leg leaves subnet-app's border")
                .anySatisfy(l -> assertThat(onBorder(subnet, new Point(l[0], l[1]))).isTrue());
        assertThat(lines)
                .as("a dashed leg reaches rt-app's border")
                .anySatisfy(l -> assertThat(onBorder(rt, new Point(l[2], l[3]))).isTrue());
        assertThat(lines)
                .noneSatisfy(
                        l ->
                                assertThat(
                                                new Point(l[0], l[1]).equals(subnet.center())
                                                        || new Point(l[2], l[3])
                                                                .equals(subnet.center()))
                                        .isTrue());
    }

    /** A surface that draws nothing and measures text as 6 units a character. */
    private abstract static class RecordingSurface implements DrawingSurface {
        @Override
        public void rect(
                double x,
                double y,
                double w,
                double h,
                double arc,
                String fill,
                String stroke,
                double lineWidth,
                boolean dashed) {}

        @Override
        public void text(
                String text,
                double x,
                double y,
                double size,
                boolean bold,
                String color,
                boolean centred) {}

        @Override
        public void icon(String pathData, double x, double y, double size, String color) {}

        @Override
        public void dot(double cx, double cy, double radius, String fill) {}

        @Override
        public double width(String text, double size, boolean bold) {
            return text.length() * size * 0.6;
        }
    }
}
