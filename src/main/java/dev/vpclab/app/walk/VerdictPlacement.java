package dev.vpclab.app.walk;

import dev.vpclab.edit.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the verdict banner goes at the end of a walk: bottom centre when that covers nothing the
 * class must see, else the nearest band of empty space (bottom to top, centre outwards) that covers
 * no component and not the card; where every place covers something, the place that covers least,
 * and never the packet's last hop while any place leaves it clear. Frames (Regions, VPCs, subnets)
 * are not in the list: a banner over a frame's empty inside hides nothing.
 */
final class VerdictPlacement {
    static final double MARGIN = 16;

    /** Room kept around a component, so the banner does not touch its outline or highlight. */
    static final double PAD = 8;

    private static final double STEP = 12;

    private VerdictPlacement() {}

    /**
     * @param keepClear components and the card on screen
     * @param lastHop the last hop's component on screen, or null
     */
    static Rect place(
            double w, double h, List<Rect> keepClear, Rect lastHop, double width, double height) {
        List<Rect> clear = new ArrayList<>();
        for (Rect r : keepClear) {
            clear.add(pad(r));
        }
        Rect hop = lastHop == null ? null : pad(lastHop);
        Rect best = null;
        double bestCover = Double.MAX_VALUE;
        for (Rect r : candidates(w, h, width, height)) {
            if (hop != null && overlap(r, hop) > 0) {
                continue;
            }
            double cover = 0;
            for (Rect k : clear) {
                cover += overlap(r, k);
            }
            if (cover == 0) {
                return r;
            }
            if (cover < bestCover) {
                bestCover = cover;
                best = r;
            }
        }
        // Every place covers the last hop (a banner as big as the view): bottom centre.
        return best != null ? best : candidates(w, h, width, height).get(0);
    }

    /** Bottom centre first, then the top band, then every band from the bottom up. */
    private static List<Rect> candidates(double w, double h, double width, double height) {
        double bottom = Math.max(MARGIN, height - h - MARGIN);
        List<Double> rows = new ArrayList<>();
        rows.add(bottom);
        rows.add(MARGIN);
        for (double y = bottom - STEP; y > MARGIN; y -= STEP) {
            rows.add(y);
        }
        double centre = Math.max(MARGIN, (width - w) / 2);
        double right = Math.max(MARGIN, width - w - MARGIN);
        List<Rect> out = new ArrayList<>();
        for (double y : rows) {
            out.add(new Rect(centre, y, w, h));
            for (double d = 2 * STEP; centre - d >= MARGIN || centre + d <= right; d += 2 * STEP) {
                if (centre - d >= MARGIN) {
                    out.add(new Rect(centre - d, y, w, h));
                }
                if (centre + d <= right) {
                    out.add(new Rect(centre + d, y, w, h));
                }
            }
        }
        return out;
    }

    /** How much of the things to keep clear a banner at {@code r} covers (0: none). */
    static double cover(Rect r, List<Rect> keepClear) {
        double c = 0;
        for (Rect k : keepClear) {
            c += overlap(r, pad(k));
        }
        return c;
    }

    private static Rect pad(Rect r) {
        return new Rect(r.x() - PAD, r.y() - PAD, r.width() + 2 * PAD, r.height() + 2 * PAD);
    }

    static double overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
