package dev.vpclab.app.classroom;

import dev.vpclab.edit.Rect;
import java.util.List;

/**
 * Where the quiz panel goes on screen: in the first corner of the diagram (bottom left, bottom
 * right, top left, top right) or beside the middle of an edge where it covers none of what the
 * class must see (the packet, the components the question asks about, the hop card, the verdict);
 * where every place covers something, the place that covers least.
 */
final class QuizPlacement {
    static final double MARGIN = 16;

    private QuizPlacement() {}

    /** The panel's top-left corner for a {@code w} x {@code h} panel in a view of that size. */
    static Rect place(double w, double h, List<Rect> keepClear, double width, double height) {
        double left = MARGIN;
        double right = Math.max(MARGIN, width - w - MARGIN);
        double top = MARGIN;
        double bottom = Math.max(MARGIN, height - h - MARGIN);
        double midY = Math.max(MARGIN, (height - h) / 2);
        double midX = Math.max(MARGIN, (width - w) / 2);
        double[][] places = {
            {left, bottom}, {right, bottom}, {left, top}, {right, top},
            {left, midY}, {right, midY}, {midX, top}, {midX, bottom}
        };
        Rect best = null;
        double bestCover = Double.MAX_VALUE;
        for (double[] p : places) {
            Rect r = new Rect(p[0], p[1], w, h);
            double cover = 0;
            for (Rect k : keepClear) {
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
        return best;
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
