package dev.vpclab.edit;

/** A point on the canvas, in lab (world) coordinates. */
public record Point(double x, double y) {
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates");
        }
    }

    /** This point moved by {@code dx, dy}. */
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
