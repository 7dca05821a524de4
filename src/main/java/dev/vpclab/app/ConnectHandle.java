package dev.vpclab.app;

import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.paint.DrawingSurface;
import java.util.Optional;

/**
 * The small round handle shown on the right edge of the component under the pointer: dragging from
 * it draws a connection, with no modifier key (window managers take Alt-drag for themselves). On a
 * container it sits beside the title, away from the resize handle in the bottom-right corner.
 */
final class ConnectHandle {
    /** The handle's radius on screen, in pixels. */
    static final double RADIUS = 7;

    private Optional<String> hovered = Optional.empty();

    /** The component whose handle is showing. */
    Optional<String> hovered() {
        return hovered;
    }

    /**
     * Follows the pointer: the handle shows on the component under it, and stays while the pointer
     * is on the handle itself (which sticks out past the component's edge). True when it changed.
     */
    boolean hover(Diagram d, Point at, double scale) {
        Optional<String> next = grabbedAt(d, at, scale).or(() -> d.componentAt(at));
        if (next.equals(hovered)) {
            return false;
        }
        hovered = next;
        return true;
    }

    /** Hides the handle; true when it was showing. */
    boolean clear() {
        boolean was = hovered.isPresent();
        hovered = Optional.empty();
        return was;
    }

    /** The component whose showing handle is under {@code at}, if any. */
    Optional<String> grabbedAt(Diagram d, Point at, double scale) {
        double r = (RADIUS + 2) / scale;
        return hovered.filter(
                id ->
                        centre(d, id)
                                .map(c -> Math.hypot(c.x() - at.x(), c.y() - at.y()) <= r)
                                .orElse(false));
    }

    /** Where the handle of {@code id} is drawn, in lab coordinates. */
    static Optional<Point> centre(Diagram d, String id) {
        Optional<Rect> box = d.box(id);
        if (box.isEmpty()) {
            return Optional.empty();
        }
        Rect r = box.get();
        boolean container =
                d.lab().component(id).map(c -> Containment.isContainer(c.kind())).orElse(false);
        return Optional.of(
                new Point(r.maxX(), container ? r.y() + Diagram.HEADER / 2 : r.center().y()));
    }

    /** Paints the handle of the hovered component. */
    void paint(Diagram d, DrawingSurface s, double scale) {
        hovered.flatMap(id -> centre(d, id))
                .ifPresent(
                        c -> {
                            s.dot(c.x(), c.y(), RADIUS / scale, "#0972D3");
                            s.dot(c.x(), c.y(), (RADIUS - 3) / scale, "#FFFFFF");
                        });
    }
}
