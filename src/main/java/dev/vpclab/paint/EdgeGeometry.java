package dev.vpclab.paint;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import java.util.Objects;

/**
 * Where a connection line between two components is drawn: from centre to centre, except that an
 * end at a container (a subnet, a VPC) stops on the container's border instead of running on to its
 * centre, where nothing is. An icon's centre is kept: the icon is painted over the line's end.
 */
public final class EdgeGeometry {
    private EdgeGeometry() {}

    /** A line segment, in lab coordinates. */
    public record Segment(Point from, Point to) {
        public Segment {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * The segment between boxes {@code a} and {@code b}; an end whose box is a container is clipped
     * to that box's border.
     */
    public static Segment between(Rect a, boolean aIsContainer, Rect b, boolean bIsContainer) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Point from = a.center();
        Point to = b.center();
        Point clippedFrom = aIsContainer ? toBorder(a, to) : from;
        Point clippedTo = bIsContainer ? toBorder(b, from) : to;
        return new Segment(clippedFrom, clippedTo);
    }

    /**
     * Where the line from {@code box}'s centre towards {@code other} crosses the box's border; the
     * centre itself when {@code other} lies inside the box (a line to something inside a container
     * is left as it is).
     */
    public static Point toBorder(Rect box, Point other) {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(other, "other");
        Point c = box.center();
        double dx = other.x() - c.x();
        double dy = other.y() - c.y();
        if (box.contains(other) || (dx == 0 && dy == 0)) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(c.x() + s * dx, c.y() + s * dy);
    }
}
