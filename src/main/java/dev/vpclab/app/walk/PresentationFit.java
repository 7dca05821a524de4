package dev.vpclab.app.walk;

import dev.vpclab.edit.Rect;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.paint.Viewport;
import java.util.Optional;

/**
 * How presentation mode frames the diagram on a projector: the whole lab, as large as it fits
 * (enlarged too), when its smallest text is then still at least {@link #LEAST_TEXT_PX} pixels; else
 * the components of the flow being walked, with a margin, and when even those do not fit at that
 * size, the smallest readable scale with the view following the packet ({@link #follow}).
 */
final class PresentationFit {
    /** The smallest diagram text on a projector, in screen pixels. */
    static final double LEAST_TEXT_PX = 18;

    /** The scale at which the diagram's smallest text is {@link #LEAST_TEXT_PX} pixels. */
    static final double LEAST_SCALE = LEAST_TEXT_PX / DiagramPainter.SMALLEST_TEXT;

    /** Room left around what is fitted, in screen pixels (the highlight is drawn outside a box). */
    static final double MARGIN = 24;

    private PresentationFit() {}

    /**
     * @param lab the whole diagram's bounds
     * @param flow the bounds of the components the flow passes, if a flow is walked
     * @param start the first hop's component, shown first when the flow does not fit
     */
    static Viewport fit(
            Rect lab, Optional<Rect> flow, Optional<Rect> start, double width, double height) {
        Viewport whole = Viewport.fit(lab, width, height, Viewport.MAX_SCALE, MARGIN);
        if (whole.scale() >= LEAST_SCALE || flow.isEmpty()) {
            return whole;
        }
        Viewport f = Viewport.fit(flow.get(), width, height, Viewport.MAX_SCALE, MARGIN);
        if (f.scale() >= LEAST_SCALE) {
            return f;
        }
        Rect c = flow.get();
        Viewport centred =
                new Viewport(
                        LEAST_SCALE,
                        c.center().x() - width / (2 * LEAST_SCALE),
                        c.center().y() - height / (2 * LEAST_SCALE));
        return start.map(s -> follow(centred, s, width, height)).orElse(centred);
    }

    /**
     * Pans {@code v}, keeping its scale, the least that brings {@code target} (with the margin)
     * into a {@code width} x {@code height} view; centres it when it is larger than the view. The
     * same view when the target is already in.
     */
    static Viewport follow(Viewport v, Rect target, double width, double height) {
        double s = v.scale();
        double m = MARGIN / s;
        double ox = axis(v.originX(), target.x() - m, target.maxX() + m, width / s);
        double oy = axis(v.originY(), target.y() - m, target.maxY() + m, height / s);
        return ox == v.originX() && oy == v.originY() ? v : new Viewport(s, ox, oy);
    }

    /** The origin on one axis that shows [lo, hi] in a view of length {@code span}. */
    private static double axis(double origin, double lo, double hi, double span) {
        if (hi - lo > span) {
            return (lo + hi) / 2 - span / 2;
        }
        if (lo < origin) {
            return lo;
        }
        if (hi > origin + span) {
            return hi - span;
        }
        return origin;
    }
}
