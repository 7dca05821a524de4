package dev.vpclab.export;

import dev.vpclab.paint.TextMeasure;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures text with Java2D font metrics, in the face an export draws with; text the face cannot
 * show (Korean in a Latin face) is measured in the logical sans-serif font, which is what {@link
 * Graphics2DSurface} then draws it in. Works headless.
 */
final class AwtTextMeasure implements TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font plain;
    private final Font bold;
    private final Map<String, Double> widths = new ConcurrentHashMap<>();

    private AwtTextMeasure(Font plain, Font bold) {
        this.plain = Objects.requireNonNull(plain, "plain");
        this.bold = Objects.requireNonNull(bold, "bold");
    }

    /** Measures in the given faces (any size; derived per label). */
    static AwtTextMeasure of(Font plain, Font bold) {
        return new AwtTextMeasure(plain, bold);
    }

    /** Measures in an installed family, as PNG and GIF exports draw and an SVG viewer shows. */
    static AwtTextMeasure of(String family) {
        return new AwtTextMeasure(new Font(family, Font.PLAIN, 1), new Font(family, Font.BOLD, 1));
    }

    private static final class Installed {
        static final AwtTextMeasure MEASURE = of(Graphics2DSurface.installedFamily());
    }

    /** The measure of the installed family the exports use, shared. */
    static AwtTextMeasure installed() {
        return Installed.MEASURE;
    }

    /** The font a label is drawn in: the face, or the logical sans-serif when it lacks a glyph. */
    static Font font(Font base, float size, String text) {
        Font f = base.deriveFont(size);
        if (f.canDisplayUpTo(text) != -1) {
            f =
                    new Font(
                                    Graphics2DSurface.LOGICAL_SANS,
                                    base.isBold() ? Font.BOLD : Font.PLAIN,
                                    1)
                            .deriveFont(size);
        }
        return f;
    }

    @Override
    public double width(String text, double size, boolean isBold) {
        if (text.isEmpty()) {
            return 0;
        }
        return widths.computeIfAbsent(
                (isBold ? "b" : "p") + size + "|" + text,
                k ->
                        font(isBold ? bold : plain, (float) size, text)
                                .getStringBounds(text, CONTEXT)
                                .getWidth());
    }
}
