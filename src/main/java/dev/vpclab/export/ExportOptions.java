package dev.vpclab.export;

import dev.vpclab.paint.PaintStyle;
import dev.vpclab.routing.Trace;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to export and how: the pixel scale of images (1 to 4), the background, the PDF page, the
 * components to export (empty for the whole lab; a container brings what is inside it), a trace to
 * draw over the diagram, the colours and the language of the legend. Each format reads the options
 * that apply to it and ignores the others. Immutable; change one option with a {@code with...}
 * method.
 */
public record ExportOptions(
        int scale,
        Background background,
        Page page,
        Set<String> selection,
        Optional<Trace> trace,
        PaintStyle style,
        Locale locale) {

    /** Behind the diagram: the style's background colour (white in the light style) or nothing. */
    public enum Background {
        WHITE,
        TRANSPARENT
    }

    /** The PDF page: sized to the diagram, or the diagram fitted to a landscape sheet. */
    public enum Page {
        CONTENT(0, 0),
        A4(841.89, 595.28),
        LETTER(792, 612);

        private final double width;
        private final double height;

        Page(double width, double height) {
            this.width = width;
            this.height = height;
        }

        /** Landscape width in PDF points; 0 for {@link #CONTENT}. */
        public double width() {
            return width;
        }

        /** Landscape height in PDF points; 0 for {@link #CONTENT}. */
        public double height() {
            return height;
        }
    }

    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;

    public ExportOptions {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "scale must be from " + MIN_SCALE + " to " + MAX_SCALE + ": " + scale);
        }
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(page, "page");
        selection = Set.copyOf(selection);
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(locale, "locale");
    }

    /** The whole lab at 1x on white, the light colours, no trace, a page sized to the content. */
    public static ExportOptions defaults() {
        return new ExportOptions(
                1,
                Background.WHITE,
                Page.CONTENT,
                Set.of(),
                Optional.empty(),
                PaintStyle.LIGHT,
                Locale.ROOT);
    }

    public ExportOptions withScale(int newScale) {
        return new ExportOptions(newScale, background, page, selection, trace, style, locale);
    }

    public ExportOptions withBackground(Background newBackground) {
        return new ExportOptions(scale, newBackground, page, selection, trace, style, locale);
    }

    public ExportOptions withPage(Page newPage) {
        return new ExportOptions(scale, background, newPage, selection, trace, style, locale);
    }

    /** Only these components (and what is inside them); empty for the whole lab. */
    public ExportOptions withSelection(Set<String> ids) {
        return new ExportOptions(scale, background, page, ids, trace, style, locale);
    }

    /** Draws this trace's hops and verdict over the diagram. */
    public ExportOptions withTrace(Trace newTrace) {
        return new ExportOptions(
                scale, background, page, selection, Optional.of(newTrace), style, locale);
    }

    public ExportOptions withStyle(PaintStyle newStyle) {
        return new ExportOptions(scale, background, page, selection, trace, newStyle, locale);
    }

    public ExportOptions withLocale(Locale newLocale) {
        return new ExportOptions(scale, background, page, selection, trace, style, newLocale);
    }
}
