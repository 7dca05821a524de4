package dev.vpclab.app.walk;

import dev.vpclab.edit.Rect;
import java.util.List;
import javafx.geometry.Point2D;

/**
 * Where a hop card goes on screen: beside the component it explains (right, left, below, above, in
 * that order), on the first side where it fits inside the canvas and covers neither that component
 * nor the next hop; always clamped inside the canvas so that no edge clips it.
 */
final class CardPlacement {
    static final double GAP = 14;
    static final double MARGIN = 4;

    private CardPlacement() {}

    /**
     * @param component the explained component on screen, or null (card goes top left)
     * @param nextHop the next hop's component on screen, or null
     */
    static Point2D place(
            double w, double h, Rect component, Rect nextHop, double width, double height) {
        if (component == null) {
            return clamp(12, 12, w, h, width, height);
        }
        double midY = component.y();
        double midX = component.x();
        List<Point2D> sides =
                List.of(
                        new Point2D(component.maxX() + GAP, midY),
                        new Point2D(component.x() - w - GAP, midY),
                        new Point2D(midX, component.maxY() + GAP),
                        new Point2D(midX, component.y() - h - GAP));
        Point2D fallback = null;
        for (Point2D p : sides) {
            Point2D c = clamp(p.getX(), p.getY(), w, h, width, height);
            Rect card = new Rect(c.getX(), c.getY(), w, h);
            if (card.intersects(component)) {
                continue;
            }
            if (nextHop == null || !card.intersects(nextHop)) {
                return c;
            }
            if (fallback == null) {
                fallback = c;
            }
        }
        return fallback != null
                ? fallback
                : clamp(component.maxX() + GAP, midY, w, h, width, height);
    }

    private static Point2D clamp(
            double x, double y, double w, double h, double width, double height) {
        double cx = Math.max(MARGIN, Math.min(x, width - w - MARGIN));
        double cy = Math.max(MARGIN, Math.min(y, height - h - MARGIN));
        return new Point2D(cx, cy);
    }
}
