package dev.vpclab.paint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Route-table association lines end on the subnet's border, not at its empty centre. */
class AssociationLineTest {
    private static boolean onBorder(Rect r, Point p) {
        double e = 0.5;
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
    void theDefaultLabsAssociationLinesEndOnTheirSubnetsBorder() {
        Lab lab = LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();
        Diagram d = Diagram.of(lab);
        List<double[]> lines = new ArrayList<>();
        List<Point> dots = new ArrayList<>();
        DrawingSurface recorder =
                new RecordingSurface() {
                    @Override
                    public void dot(double cx, double cy, double radius, String fill) {
                        dots.add(new Point(cx, cy));
                    }

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
        Point centre = subnet.center();
        // The line leaves the subnet from its border, marked there with a dot ...
        assertThat(dots).anyMatch(p -> onBorder(subnet, p));
        // ... and no line ends in mid-air at the subnet's centre.
        assertThat(lines)
                .noneMatch(
                        l ->
                                Math.hypot(l[0] - centre.x(), l[1] - centre.y()) < 1
                                        || Math.hypot(l[2] - centre.x(), l[3] - centre.y()) < 1);
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
