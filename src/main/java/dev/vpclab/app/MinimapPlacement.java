package dev.vpclab.app;

import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Component;
import dev.vpclab.paint.Viewport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the minimap goes on the canvas, as pure geometry: a quarter of the canvas's width at most,
 * none on a canvas too small to spare the room (a docked challenge leaves the diagram a narrow
 * strip, and a fixed 200 px map covered a third of it), in the bottom corner that hides the least
 * of the diagram: the component boxes and the name bars of VPCs and subnets, not their empty
 * inside.
 */
public final class MinimapPlacement {
    /** The largest minimap, and its height for a width. */
    static final double MAX_WIDTH = 200;

    static final double ASPECT = 0.7;

    /** Below this width the map says too little to be worth the room it takes. */
    static final double MIN_WIDTH = 110;

    /** The distance from the canvas's edges. */
    static final double INSET = 12;

    private MinimapPlacement() {}

    /**
     * Corners in the order they are preferred when they hide as much. Only the bottom ones: a lab
     * is laid out from the top left, where its Region and VPC names are and where a person starts a
     * rubber band or a drop.
     */
    enum Corner {
        BOTTOM_RIGHT,
        BOTTOM_LEFT
    }

    /** The minimap's rectangle in canvas pixels, or empty when the canvas has no room for it. */
    public static Optional<Rect> place(
            Diagram diagram, Viewport viewport, double canvasWidth, double canvasHeight) {
        double w = Math.min(MAX_WIDTH, canvasWidth / 4);
        double h = w * ASPECT;
        if (w < MIN_WIDTH || h > canvasHeight / 3) {
            return Optional.empty();
        }
        List<Rect> covered = readable(diagram, viewport);
        Rect best = null;
        double least = Double.MAX_VALUE;
        for (Corner c : Corner.values()) {
            Rect r = corner(c, w, h, canvasWidth, canvasHeight);
            double hidden = 0;
            for (Rect b : covered) {
                hidden += overlap(r, b);
            }
            if (hidden < least) {
                least = hidden;
                best = r;
            }
        }
        return Optional.of(best);
    }

    private static Rect corner(Corner c, double w, double h, double width, double height) {
        double left = INSET;
        double right = width - w - INSET;
        double bottom = height - h - INSET;
        return switch (c) {
            case BOTTOM_RIGHT -> new Rect(right, bottom, w, h);
            case BOTTOM_LEFT -> new Rect(left, bottom, w, h);
        };
    }

    /** What a person reads on the diagram, in canvas pixels: boxes, and containers' name bars. */
    private static List<Rect> readable(Diagram diagram, Viewport v) {
        Map<String, Rect> boxes = diagram.boxes();
        java.util.ArrayList<Rect> out = new java.util.ArrayList<>(boxes.size());
        for (Map.Entry<String, Rect> e : boxes.entrySet()) {
            Rect r = e.getValue();
            boolean container =
                    diagram.lab()
                            .component(e.getKey())
                            .map(Component::kind)
                            .map(Containment::isContainer)
                            .orElse(false);
            double height = container ? Math.min(r.height(), Diagram.HEADER) : r.height();
            out.add(
                    new Rect(
                            v.toScreenX(r.x()),
                            v.toScreenY(r.y()),
                            r.width() * v.scale(),
                            height * v.scale()));
        }
        return out;
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
