package dev.vpclab.paint;

/**
 * The few drawing operations the diagram needs, in lab coordinates. The JavaFX canvas implements it
 * for the screen; an SVG or PDF writer can implement it for export. Colours are CSS hex strings
 * ({@code #8C4FFF}); an empty fill means none. A surface measures text ({@link TextMeasure}) in the
 * font its {@link #text} draws with, so labels laid out with it fit what is drawn.
 */
public interface DrawingSurface extends TextMeasure {

    /** A rectangle with rounded corners, filled and/or stroked. */
    void rect(
            double x,
            double y,
            double w,
            double h,
            double arc,
            String fill,
            String stroke,
            double lineWidth,
            boolean dashed);

    /** A straight line. */
    void line(
            double x1,
            double y1,
            double x2,
            double y2,
            String stroke,
            double lineWidth,
            boolean dashed);

    /** Text; {@code centred} centres it on {@code x}, else it starts at {@code x}. */
    void text(
            String text,
            double x,
            double y,
            double size,
            boolean bold,
            String color,
            boolean centred);

    /** An SVG path (24 x 24 units) scaled to {@code size} with its top-left corner at (x, y). */
    void icon(String pathData, double x, double y, double size, String color);

    /** A small filled circle (problem markers, connection handles). */
    void dot(double cx, double cy, double radius, String fill);
}
