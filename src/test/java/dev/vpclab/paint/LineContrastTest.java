package dev.vpclab.paint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Connection lines read on a projector (issue 9): a beamer washes a light grey line out to nothing,
 * so every line the diagram paints keeps a WCAG contrast ratio against the canvas and the VPC and
 * subnet fills it crosses: 4.5:1 for links and routes, 3:1 for the thin membership lines.
 */
class LineContrastTest {
    /** WCAG 2 relative luminance of a #RRGGBB colour. */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG 2 contrast ratio of two #RRGGBB colours, 1 to 21. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static List<String> fills(PaintStyle s) {
        return List.of(s.background(), s.vpcFill(), s.subnetPrivateFill(), s.subnetPublicFill());
    }

    @Test
    void theContrastRatioIsTheWcagOne() {
        assertThat(contrast("#FFFFFF", "#000000"))
                .isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#5F6B7A", "#FFFFFF")).isGreaterThan(5.3).isLessThan(5.5);
    }

    @Test
    void linksKeepFourAndAHalfToOneAndMembershipLinesThreeToOneOnEveryFill() {
        for (PaintStyle s : List.of(PaintStyle.LIGHT, PaintStyle.DARK)) {
            for (String fill : fills(s)) {
                assertThat(contrast(s.edge(), fill))
                        .as("edge %s on %s", s.edge(), fill)
                        .isGreaterThanOrEqualTo(4.5);
                assertThat(contrast(s.membershipEdge(), fill))
                        .as("membership %s on %s", s.membershipEdge(), fill)
                        .isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    @Test
    void everyLineTheDefaultLabPaintsIsOneOfTheContrastedColours() {
        Lab lab = LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();
        Diagram d = Diagram.of(lab);
        List<String> strokes = new ArrayList<>();
        DrawingSurface recorder =
                new DrawingSurface() {
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
                    public void line(
                            double x1,
                            double y1,
                            double x2,
                            double y2,
                            String stroke,
                            double lineWidth,
                            boolean dashed) {
                        strokes.add(stroke);
                    }

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
                    public void icon(
                            String pathData, double x, double y, double size, String color) {}

                    @Override
                    public void dot(double cx, double cy, double radius, String fill) {}

                    @Override
                    public double width(String text, double size, boolean bold) {
                        return text.length() * size * 0.6;
                    }
                };
        new DiagramPainter(IconSet.shared())
                .paint(
                        d,
                        DiagramPainter.Overlay.none(),
                        PaintStyle.LIGHT,
                        d.bounds().orElseThrow(),
                        recorder);
        assertThat(strokes).isNotEmpty();
        for (String stroke : strokes) {
            assertThat(contrast(stroke, PaintStyle.LIGHT.background()))
                    .as("line colour %s on white", stroke)
                    .isGreaterThanOrEqualTo(3.0);
        }
        assertThat(strokes).contains(PaintStyle.LIGHT.edge());
    }
}
