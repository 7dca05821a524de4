package dev.vpclab.paint;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;

/**
 * Which part of the lab the canvas shows: a zoom factor and the lab point at the canvas's top-left
 * corner. Converts between screen and lab coordinates. Immutable.
 */
public record Viewport(double scale, double originX, double originY) {
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4;

    public Viewport {
        if (!(scale > 0) || !Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new IllegalArgumentException(
                    "a viewport needs a positive scale and finite origin");
        }
    }

    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    public Point toLab(double screenX, double screenY) {
        return new Point(originX + screenX / scale, originY + screenY / scale);
    }

    public double toScreenX(double labX) {
        return (labX - originX) * scale;
    }

    public double toScreenY(double labY) {
        return (labY - originY) * scale;
    }

    /** The lab area a canvas of this size shows. */
    public Rect visible(double width, double height) {
        return new Rect(originX, originY, Math.max(0, width / scale), Math.max(0, height / scale));
    }

    /** Zooms by {@code factor}, keeping the lab point under the screen point where it is. */
    public Viewport zoomAt(double factor, double screenX, double screenY) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        Point anchor = toLab(screenX, screenY);
        return new Viewport(s, anchor.x() - screenX / s, anchor.y() - screenY / s);
    }

    /** Moves the view by a drag of {@code dx, dy} screen pixels. */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, originX - dx / scale, originY - dy / scale);
    }

    /**
     * This view panned the least that brings {@code target} (with {@code margin} screen pixels
     * round it) into a {@code width} x {@code height} canvas, at the same scale; zoomed out to fit
     * it when it is larger than the canvas. The same view when the target is already in: a new
     * component placed off screen is brought into view without the rest of the view jumping.
     */
    public Viewport reveal(Rect target, double width, double height, double margin) {
        double m = margin / scale;
        Rect want =
                new Rect(
                        target.x() - m,
                        target.y() - m,
                        target.width() + 2 * m,
                        target.height() + 2 * m);
        if (want.width() > width / scale || want.height() > height / scale) {
            return fit(target, width, height, scale, margin);
        }
        double ox = originX;
        double oy = originY;
        if (want.x() < ox) {
            ox = want.x();
        } else if (want.maxX() > ox + width / scale) {
            ox = want.maxX() - width / scale;
        }
        if (want.y() < oy) {
            oy = want.y();
        } else if (want.maxY() > oy + height / scale) {
            oy = want.maxY() - height / scale;
        }
        return ox == originX && oy == originY ? this : new Viewport(scale, ox, oy);
    }

    /** The view that shows all of {@code content} in a canvas of this size, at most 100 %. */
    public static Viewport fit(Rect content, double width, double height) {
        return fit(content, width, height, 1);
    }

    /**
     * Fits {@code content} into a {@code width} x {@code height} view, enlarging it up to {@code
     * largest} (presentation mode fits a small lab to the whole screen, not only shrinks a big
     * one).
     */
    public static Viewport fit(Rect content, double width, double height, double largest) {
        return fit(content, width, height, largest, 40);
    }

    /** As {@link #fit(Rect, double, double, double)}, leaving {@code margin} pixels all round. */
    public static Viewport fit(
            Rect content, double width, double height, double largest, double margin) {
        double s =
                Math.min(
                        Math.min(MAX_SCALE, largest),
                        Math.min(
                                (width - 2 * margin) / Math.max(1, content.width()),
                                (height - 2 * margin) / Math.max(1, content.height())));
        s = Math.max(MIN_SCALE, s);
        double ox = content.center().x() - width / (2 * s);
        double oy = content.center().y() - height / (2 * s);
        return new Viewport(s, ox, oy);
    }
}
