package dev.vpclab.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finding room for a box among others: the wanted spot when it is free, else the nearest free one
 * inside an area. Used so that a drop never lands on top of another component.
 */
public final class FreeSpots {
    /** The space kept between a placed box and its neighbours. */
    public static final double GAP = 8;

    private FreeSpots() {}

    /** True when {@code r} keeps {@link #GAP} clear of every one of {@code others}. */
    public static boolean isFree(Rect r, Collection<Rect> others) {
        Rect clearance = r.inflate(GAP - 0.5);
        for (Rect o : others) {
            if (o.intersects(clearance)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The box of {@code wanted}'s size nearest to it that lies inside {@code area} and is free of
     * {@code others}; empty when the area has no such room.
     */
    public static Optional<Rect> nearest(Rect wanted, Rect area, Collection<Rect> others) {
        double w = wanted.width();
        double h = wanted.height();
        if (w > area.width() + 0.01 || h > area.height() + 0.01) {
            return Optional.empty();
        }
        Rect start =
                new Rect(
                        clamp(wanted.x(), area.x(), area.maxX() - w),
                        clamp(wanted.y(), area.y(), area.maxY() - h),
                        w,
                        h);
        if (isFree(start, others)) {
            return Optional.of(start);
        }
        // The nearest free box touches an obstacle or the area's edge on each axis, or keeps
        // the wanted coordinate: trying those positions finds it.
        TreeSet<Double> xs = new TreeSet<>(List.of(start.x(), area.x(), area.maxX() - w));
        TreeSet<Double> ys = new TreeSet<>(List.of(start.y(), area.y(), area.maxY() - h));
        for (Rect o : others) {
            xs.add(o.maxX() + GAP);
            xs.add(o.x() - GAP - w);
            ys.add(o.maxY() + GAP);
            ys.add(o.y() - GAP - h);
        }
        Rect best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double x : inside(xs, area.x(), area.maxX() - w)) {
            for (double y : inside(ys, area.y(), area.maxY() - h)) {
                double d = Math.hypot(x - wanted.x(), y - wanted.y());
                if (d < bestDistance) {
                    Rect r = new Rect(x, y, w, h);
                    if (isFree(r, others)) {
                        best = r;
                        bestDistance = d;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Double> inside(TreeSet<Double> values, double lo, double hi) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            if (v >= lo - 0.01 && v <= hi + 0.01) {
                out.add(Math.round(v) * 1.0);
            }
        }
        return out;
    }

    private static double clamp(double v, double lo, double hi) {
        return hi < lo ? lo : Math.max(lo, Math.min(hi, v));
    }
}
