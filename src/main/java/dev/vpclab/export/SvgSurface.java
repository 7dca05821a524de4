package dev.vpclab.export;

import dev.vpclab.edit.Rect;
import dev.vpclab.paint.DrawingSurface;
import java.util.Objects;

/**
 * A drawing surface that writes SVG: rectangles, lines and dots as shapes, text as {@code <text>}
 * (searchable and selectable, in a font stack with Hangul fallbacks), icons as {@code <path>}. All
 * text is escaped, so a component named {@code <script>} stays text.
 */
public final class SvgSurface implements DrawingSurface {
    /**
     * Fonts, best first: common sans-serif faces of each system, then faces with Hangul, so a label
     * in Korean renders wherever the file is opened.
     */
    public static final String FONT_STACK =
            "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', 'Noto Sans CJK KR',"
                    + " 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', NanumGothic,"
                    + " 'Droid Sans Fallback', sans-serif";

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Rect area;
    private boolean finished;

    /** A surface showing {@code area} of the lab at its natural size (one lab unit = 1 px). */
    public SvgSurface(Rect area) {
        this(area, "");
    }

    /**
     * A surface showing {@code area} of the lab, with a document title (the name a browser shows
     * for the file) unless {@code title} is blank.
     */
    public SvgSurface(Rect area, String title) {
        this.area = Objects.requireNonNull(area, "area");
        Objects.requireNonNull(title, "title");
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        Xml.number(out, area.width()).append("\" height=\"");
        Xml.number(out, area.height()).append("\" viewBox=\"");
        Xml.number(out, area.x()).append(' ');
        Xml.number(out, area.y()).append(' ');
        Xml.number(out, area.width()).append(' ');
        Xml.number(out, area.height()).append("\">\n");
        if (!title.isBlank()) {
            Xml.escape(out.append("<title>"), title).append("</title>\n");
        }
        // stroke="none" is the SVG default; said outright for renderers that stroke otherwise.
        out.append("<g stroke=\"none\" font-family=\"")
                .append(Xml.escape(FONT_STACK))
                .append("\">\n");
    }

    private void paint(String fill, String stroke, double lineWidth, boolean dashed) {
        if (fill.isEmpty()) {
            out.append(" fill=\"none\"");
        } else {
            out.append(" fill=\"").append(Colors.rgb(fill)).append('"');
            double a = Colors.alpha(fill);
            if (a < 1) {
                Xml.number(out.append(" fill-opacity=\""), a).append('"');
            }
        }
        if (!stroke.isEmpty() && lineWidth > 0) {
            out.append(" stroke=\"").append(Colors.rgb(stroke)).append('"');
            double a = Colors.alpha(stroke);
            if (a < 1) {
                Xml.number(out.append(" stroke-opacity=\""), a).append('"');
            }
            if (lineWidth != 1) {
                Xml.number(out.append(" stroke-width=\""), lineWidth).append('"');
            }
            if (dashed) {
                out.append(" stroke-dasharray=\"5 4\"");
            }
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
        out.append("<rect x=\"");
        Xml.number(out, x).append("\" y=\"");
        Xml.number(out, y).append("\" width=\"");
        Xml.number(out, w).append("\" height=\"");
        Xml.number(out, h).append('"');
        if (arc > 0) {
            Xml.number(out.append(" rx=\""), arc).append('"');
        }
        paint(fill, stroke, lineWidth, dashed);
        out.append("/>\n");
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
        out.append("<line x1=\"");
        Xml.number(out, x1).append("\" y1=\"");
        Xml.number(out, y1).append("\" x2=\"");
        Xml.number(out, x2).append("\" y2=\"");
        Xml.number(out, y2).append('"');
        paint("", stroke, lineWidth, dashed);
        out.append("/>\n");
    }

    /**
     * Measured in the first face of the font stack installed here, the one a viewer on this machine
     * shows; a viewer elsewhere picks a face of about the same width from the stack.
     */
    @Override
    public double width(String text, double size, boolean bold) {
        return AwtTextMeasure.installed().width(text, size, bold);
    }

    @Override
    public void text(
            String text,
            double x,
            double y,
            double size,
            boolean bold,
            String color,
            boolean centred) {
        out.append("<text x=\"");
        Xml.number(out, x).append("\" y=\"");
        Xml.number(out, y).append("\" font-size=\"");
        Xml.number(out, size).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (centred) {
            out.append(" text-anchor=\"middle\"");
        }
        out.append(" fill=\"").append(Colors.rgb(color)).append("\">");
        Xml.escape(out, text).append("</text>\n");
    }

    @Override
    public void icon(String pathData, double x, double y, double size, String color) {
        out.append("<path transform=\"translate(");
        Xml.number(out, x).append(' ');
        Xml.number(out, y).append(") scale(");
        Xml.number(out, size / 24).append(")\" fill=\"").append(Colors.rgb(color));
        out.append("\" fill-rule=\"evenodd\" d=\"");
        Xml.escape(out, pathData).append("\"/>\n");
    }

    @Override
    public void dot(double cx, double cy, double radius, String fill) {
        out.append("<circle cx=\"");
        Xml.number(out, cx).append("\" cy=\"");
        Xml.number(out, cy).append("\" r=\"");
        Xml.number(out, radius).append("\" fill=\"").append(Colors.rgb(fill)).append("\"/>\n");
    }

    /** The finished document; the surface takes no more drawing after it. */
    public String finish() {
        if (!finished) {
            out.append("</g>\n</svg>\n");
            finished = true;
        }
        return out.toString();
    }

    /** The area of the lab the document shows. */
    public Rect area() {
        return area;
    }
}
