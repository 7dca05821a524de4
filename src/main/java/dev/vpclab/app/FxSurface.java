package dev.vpclab.app;

import dev.vpclab.paint.DrawingSurface;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The drawing surface of the JavaFX canvas. */
final class FxSurface implements DrawingSurface {
    private static final double[] DASHES = {5, 4};
    private final GraphicsContext gc;
    private final String fontFamily;
    // Parsing colours and fonts once matters when a thousand components are painted per frame.
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Double, Font> plain = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();

    private static final boolean IMAGES = !Boolean.getBoolean("vpclab.iconPaths");
    private final double scale;

    FxSurface(GraphicsContext gc, String fontFamily, double scale) {
        this.gc = gc;
        this.fontFamily = fontFamily;
        this.scale = scale;
    }

    private Color color(String css) {
        return colors.computeIfAbsent(css, Color::web);
    }

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
            boolean dashed) {
        if (!fill.isEmpty()) {
            gc.setFill(color(fill));
            gc.fillRoundRect(x, y, w, h, arc * 2, arc * 2);
        }
        if (!stroke.isEmpty()) {
            gc.setStroke(color(stroke));
            gc.setLineWidth(lineWidth);
            gc.setLineDashes(dashed ? DASHES : null);
            gc.strokeRoundRect(x, y, w, h, arc * 2, arc * 2);
        }
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
        gc.setStroke(color(stroke));
        gc.setLineWidth(lineWidth);
        gc.setLineDashes(dashed ? DASHES : null);
        gc.strokeLine(x1, y1, x2, y2);
    }

    // Widths outlive one paint (a surface is made per frame): measuring a label with a Text node
    // costs more than painting it, and the same labels are measured frame after frame.
    private static final Map<String, Double> WIDTHS = new HashMap<>();
    private static final Text MEASURER = new Text();

    @Override
    public double width(String text, double size, boolean isBold) {
        if (text.isEmpty()) {
            return 0;
        }
        String key = fontFamily + (isBold ? "|b|" : "|p|") + size + "|" + text;
        Double w = WIDTHS.get(key);
        if (w == null) {
            if (WIDTHS.size() > 20_000) {
                WIDTHS.clear();
            }
            MEASURER.setFont(font(size, isBold));
            MEASURER.setText(text);
            w = MEASURER.getLayoutBounds().getWidth();
            WIDTHS.put(key, w);
        }
        return w;
    }

    private Font font(double size, boolean isBold) {
        Map<Double, Font> cache = isBold ? bold : plain;
        return cache.computeIfAbsent(
                size, s -> Font.font(fontFamily, isBold ? FontWeight.BOLD : FontWeight.NORMAL, s));
    }

    @Override
    public void text(
            String text,
            double x,
            double y,
            double size,
            boolean isBold,
            String c,
            boolean centred) {
        gc.setFont(font(size, isBold));
        gc.setFill(color(c));
        gc.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.fillText(text, x, y);
    }

    @Override
    public void icon(String pathData, double x, double y, double size, String c) {
        double pixels = size * scale;
        if (IMAGES && pixels >= 6 && pixels <= 96) {
            // Filling an SVG path is slow in the software pipeline; a cached image per icon,
            // colour and on-screen size is drawn instead.
            Image image = IconImages.image(pathData, c, pixels);
            gc.drawImage(image, x, y, size, size);
            return;
        }
        gc.save();
        gc.translate(x, y);
        gc.scale(size / 24, size / 24);
        gc.beginPath();
        gc.appendSVGPath(pathData);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(color(c));
        gc.fill();
        gc.restore();
    }

    @Override
    public void dot(double cx, double cy, double radius, String fill) {
        gc.setFill(color(fill));
        gc.fillOval(cx - radius, cy - radius, radius * 2, radius * 2);
    }
}
