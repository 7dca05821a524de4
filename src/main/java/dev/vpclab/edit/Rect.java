package dev.vpclab.edit;

import dev.vpclab.model.LayoutBox;

/** An axis-aligned rectangle on the canvas, in lab (world) coordinates. */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("a rectangle has a size of zero or more");
        }
    }

    /** The rectangle spanned by two corners, in any order. */
    public static Rect spanning(Point a, Point b) {
        return new Rect(
                Math.min(a.x(), b.x()),
                Math.min(a.y(), b.y()),
                Math.abs(a.x() - b.x()),
                Math.abs(a.y() - b.y()));
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    /** True when {@code other} lies wholly inside this rectangle. */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public boolean intersects(Rect other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect other) {
        double nx = Math.min(x, other.x);
        double ny = Math.min(y, other.y);
        return new Rect(
                nx, ny, Math.max(maxX(), other.maxX()) - nx, Math.max(maxY(), other.maxY()) - ny);
    }

    /** This rectangle grown by {@code margin} on every side. */
    public Rect inflate(double margin) {
        return new Rect(
                x - margin,
                y - margin,
                Math.max(0, width + 2 * margin),
                Math.max(0, height + 2 * margin));
    }

    /** The layout entry for this rectangle: a box for containers, a point for the others. */
    public LayoutBox toLayout(boolean container) {
        return container ? LayoutBox.box(x, y, width, height) : LayoutBox.at(x, y);
    }
}
