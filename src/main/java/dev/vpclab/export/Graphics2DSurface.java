package dev.vpclab.export;

import dev.vpclab.paint.DrawingSurface;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A drawing surface over a Java2D {@link Graphics2D}: PNG images (a {@code BufferedImage}) and PDF
 * pages (PDFBox's {@code Graphics2D}) are painted through it. Works headless.
 */
public final class Graphics2DSurface implements DrawingSurface {
    private static final float[] DASHES = {5, 4};

    /** The family of Java's logical sans-serif font, which falls back to other fonts per glyph. */
    public static final String LOGICAL_SANS = Font.SANS_SERIF;

    private static final Map<String, Path2D> ICONS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Graphics2D g;
    private final String family;
    private final Font basePlain;
    private final Font baseBold;
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Float, Font> plain = new HashMap<>();
    private final Map<Float, Font> bold = new HashMap<>();
    private final Map<String, Stroke> strokes = new HashMap<>();

    /**
     * A surface drawing with {@code g} in the font family {@code family}; text the family cannot
     * show (Korean in a Latin face) is drawn in the logical sans-serif font instead.
     */
    public Graphics2DSurface(Graphics2D g, String family) {
        this(g, family, null, null);
    }

    /**
     * A surface drawing with {@code g} in the given faces (any size; derived per label), for a
     * medium that carries its own font, such as a PDF embedding a bundled face.
     */
    static Graphics2DSurface withFonts(Graphics2D g, Font plain, Font bold) {
        return new Graphics2DSurface(
                g, plain.getFamily(), Objects.requireNonNull(plain), Objects.requireNonNull(bold));
    }

    private Graphics2DSurface(Graphics2D g, String family, Font plain, Font bold) {
        this.g = Objects.requireNonNull(g, "g");
        this.family = Objects.requireNonNull(family, "family");
        this.basePlain = plain;
        this.baseBold = bold;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * The first family of the SVG export's font stack installed here, so that an image and an SVG
     * opened on this machine use the same face; the logical sans-serif font when none is.
     */
    public static String installedFamily() {
        return Installed.FAMILY;
    }

    private static final class Installed {
        static final String FAMILY = pick();

        private static String pick() {
            Set<String> installed =
                    new HashSet<>(
                            Arrays.asList(
                                    GraphicsEnvironment.getLocalGraphicsEnvironment()
                                            .getAvailableFontFamilyNames()));
            List<String> stack =
                    Arrays.stream(SvgSurface.FONT_STACK.split(","))
                            .map(s -> s.trim().replace("'", ""))
                            .toList();
            for (String f : stack) {
                if (installed.contains(f)) {
                    return f;
                }
            }
            return LOGICAL_SANS;
        }
    }

    private Color color(String css) {
        return colors.computeIfAbsent(css, c -> new Color(Colors.argb(c), true));
    }

    private Stroke stroke(double width, boolean dashed) {
        return strokes.computeIfAbsent(
                width + (dashed ? "d" : ""),
                k ->
                        new BasicStroke(
                                (float) width,
                                BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER,
                                10,
                                dashed ? DASHES : null,
                                0));
    }

    private void fillAndStroke(
            Shape shape, String fill, String stroke, double lineWidth, boolean dashed) {
        if (!fill.isEmpty()) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (!stroke.isEmpty() && lineWidth > 0) {
            g.setColor(color(stroke));
            g.setStroke(stroke(lineWidth, dashed));
            g.draw(shape);
        }
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
        Shape shape =
                arc > 0
                        ? new RoundRectangle2D.Double(x, y, w, h, arc * 2, arc * 2)
                        : new Rectangle2D.Double(x, y, w, h);
        fillAndStroke(shape, fill, stroke, lineWidth, dashed);
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
        fillAndStroke(new Line2D.Double(x1, y1, x2, y2), "", stroke, lineWidth, dashed);
    }

    private Font base(boolean isBold) {
        if (basePlain != null) {
            return isBold ? baseBold : basePlain;
        }
        return new Font(family, isBold ? Font.BOLD : Font.PLAIN, 1);
    }

    private Font font(float size, boolean isBold, String text) {
        Map<Float, Font> cache = isBold ? bold : plain;
        Font f = cache.computeIfAbsent(size, s -> base(isBold).deriveFont(s));
        if (f.canDisplayUpTo(text) != -1) {
            f = new Font(LOGICAL_SANS, isBold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        }
        return f;
    }

    @Override
    public double width(String text, double size, boolean isBold) {
        if (text.isEmpty()) {
            return 0;
        }
        // The graphics' own metrics: a PDF measures in the font the page will use.
        Font f = font((float) size, isBold, text);
        return g.getFontMetrics(f).getStringBounds(text, g).getWidth();
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
        Font f = font((float) size, isBold, text);
        g.setFont(f);
        g.setColor(color(c));
        double left = x;
        if (centred) {
            left = x - width(text, size, isBold) / 2;
        }
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public void icon(String pathData, double x, double y, double size, String c) {
        Path2D path = ICONS.computeIfAbsent(pathData, SvgPath::parse);
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(size / 24, size / 24);
        g.setColor(color(c));
        g.fill(t.createTransformedShape(path));
    }

    @Override
    public void dot(double cx, double cy, double radius, String fill) {
        g.setColor(color(fill));
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, radius * 2, radius * 2));
    }
}
