package dev.vpclab.paint;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The path of a line between two boxes on the diagram: orthogonal (straight, L or Z shaped), from
 * the border of one box to the border of the other, and around the boxes in between when one of the
 * few tried shapes gets by them. A line that ends at a box's border and passes no other box cannot
 * be read as a link to a box it only crosses.
 */
public final class EdgeRoutes {
    /** How far a line keeps from a box it goes around. */
    static final double CLEARANCE = 10;

    /** How far a line may swing out past its two boxes to get round what lies between them. */
    static final double DETOUR = 160;

    private static final int MAX_POSITIONS = 7;

    private static final double CROSSING = 10_000;
    private static final double BEND = 30;

    private EdgeRoutes() {}

    /**
     * The corner points of the line from {@code a} to {@code b}, first on {@code a}'s border and
     * last on {@code b}'s, avoiding {@code obstacles} where one of the tried shapes does; no points
     * when one box holds the other's centre (nothing to draw).
     */
    public static List<Point> route(Rect a, Rect b, List<Rect> obstacles) {
        if (a.contains(b.center()) || b.contains(a.center())) {
            // One sits on or inside the other (a gateway on its VPC's edge): the place says it,
            // and a line into the container's middle would only cross what else is there.
            return List.of();
        }
        if (a.intersects(b)) {
            return List.of(a.center(), b.center());
        }
        // Every tried shape stays near the two boxes' bounds: only what lies there matters.
        Rect span = a.union(b).inflate(DETOUR);
        List<Rect> near = new ArrayList<>();
        for (Rect o : obstacles) {
            if (o.intersects(span)) {
                near.add(o);
            }
        }
        obstacles = near;
        List<List<Point>> candidates = new ArrayList<>();
        straight(a, b, obstacles, candidates);
        elbows(a, b, candidates);
        zigzags(a, b, obstacles, candidates);
        detours(a, b, obstacles, candidates);
        // A shape that runs back through one of its own boxes is as bad as one through another.
        List<Rect> solid = new ArrayList<>(obstacles);
        solid.add(a);
        solid.add(b);
        // Shortest first: the first shape that crosses nothing is the answer, and it is usually
        // the first one tried, so the crossings of the others are never counted.
        candidates.sort(java.util.Comparator.comparingDouble(EdgeRoutes::shapeCost));
        List<Point> best = null;
        double bestCost = Double.MAX_VALUE;
        for (List<Point> c : candidates) {
            if (shapeCost(c) >= bestCost) {
                break;
            }
            double cost = crossings(c, solid) * CROSSING + shapeCost(c);
            if (cost < bestCost) {
                best = c;
                bestCost = cost;
            }
        }
        return best == null ? List.of(a.center(), b.center()) : best;
    }

    /** How many of {@code obstacles} the path runs through. */
    public static int crossings(List<Point> path, List<Rect> obstacles) {
        int n = 0;
        for (Rect o : obstacles) {
            for (int i = 1; i < path.size(); i++) {
                if (crosses(path.get(i - 1), path.get(i), o)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static double shapeCost(List<Point> path) {
        double length = 0;
        for (int i = 1; i < path.size(); i++) {
            Point p = path.get(i - 1);
            Point q = path.get(i);
            length += Math.abs(p.x() - q.x()) + Math.abs(p.y() - q.y());
        }
        return length + (path.size() - 2) * BEND;
    }

    /** Does the axis-aligned segment pq pass through the inside of {@code o}? */
    static boolean crosses(Point p, Point q, Rect o) {
        double x0 = Math.min(p.x(), q.x());
        double x1 = Math.max(p.x(), q.x());
        double y0 = Math.min(p.y(), q.y());
        double y1 = Math.max(p.y(), q.y());
        return x0 < o.maxX() - 1 && x1 > o.x() + 1 && y0 < o.maxY() - 1 && y1 > o.y() + 1;
    }

    /** A vertical or horizontal line where the boxes face each other. */
    private static void straight(Rect a, Rect b, List<Rect> obstacles, List<List<Point>> out) {
        double lo = Math.max(a.x(), b.x());
        double hi = Math.min(a.maxX(), b.maxX());
        if (hi - lo >= 2) {
            boolean down = b.y() >= a.maxY();
            for (double x : positions(lo + 1, hi - 1, obstacles, true)) {
                out.add(
                        List.of(
                                new Point(x, down ? a.maxY() : a.y()),
                                new Point(x, down ? b.y() : b.maxY())));
            }
        }
        lo = Math.max(a.y(), b.y());
        hi = Math.min(a.maxY(), b.maxY());
        if (hi - lo >= 2) {
            boolean right = b.x() >= a.maxX();
            for (double y : positions(lo + 1, hi - 1, obstacles, false)) {
                out.add(
                        List.of(
                                new Point(right ? a.maxX() : a.x(), y),
                                new Point(right ? b.x() : b.maxX(), y)));
            }
        }
    }

    /** The two L shapes: out of a side of one box, into the top or bottom of the other. */
    private static void elbows(Rect a, Rect b, List<List<Point>> out) {
        Point ca = a.center();
        Point cb = b.center();
        boolean bRight = cb.x() > ca.x();
        boolean bBelow = cb.y() > ca.y();
        if (cb.x() < a.x() || cb.x() > a.maxX()) {
            if (ca.y() < b.y() || ca.y() > b.maxY()) {
                out.add(
                        List.of(
                                new Point(bRight ? a.maxX() : a.x(), ca.y()),
                                new Point(cb.x(), ca.y()),
                                new Point(cb.x(), bBelow ? b.y() : b.maxY())));
            }
        }
        if (ca.x() < b.x() || ca.x() > b.maxX()) {
            if (cb.y() < a.y() || cb.y() > a.maxY()) {
                out.add(
                        List.of(
                                new Point(ca.x(), bBelow ? a.maxY() : a.y()),
                                new Point(ca.x(), cb.y()),
                                new Point(bRight ? b.x() : b.maxX(), cb.y())));
            }
        }
    }

    /** Z shapes through the gap between the boxes, with the middle leg beside the obstacles. */
    private static void zigzags(Rect a, Rect b, List<Rect> obstacles, List<List<Point>> out) {
        Point ca = a.center();
        Point cb = b.center();
        boolean bRight = b.x() >= a.maxX();
        boolean bLeft = b.maxX() <= a.x();
        if (bRight || bLeft) {
            double x0 = bRight ? a.maxX() : b.maxX();
            double x1 = bRight ? b.x() : a.x();
            for (double mx : positions(x0 + 2, x1 - 2, obstacles, true)) {
                out.add(
                        List.of(
                                new Point(bRight ? a.maxX() : a.x(), ca.y()),
                                new Point(mx, ca.y()),
                                new Point(mx, cb.y()),
                                new Point(bRight ? b.x() : b.maxX(), cb.y())));
            }
        }
        boolean bBelow = b.y() >= a.maxY();
        boolean bAbove = b.maxY() <= a.y();
        if (bBelow || bAbove) {
            double y0 = bBelow ? a.maxY() : b.maxY();
            double y1 = bBelow ? b.y() : a.y();
            for (double my : positions(y0 + 2, y1 - 2, obstacles, false)) {
                out.add(
                        List.of(
                                new Point(ca.x(), bBelow ? a.maxY() : a.y()),
                                new Point(ca.x(), my),
                                new Point(cb.x(), my),
                                new Point(cb.x(), bBelow ? b.y() : b.maxY())));
            }
        }
    }

    /**
     * U shapes over, under or beside both boxes, just clear of what lies between them: for boxes
     * that face each other across an obstacle.
     */
    private static void detours(Rect a, Rect b, List<Rect> obstacles, List<List<Point>> out) {
        Point ca = a.center();
        Point cb = b.center();
        Rect span = a.union(b);
        double top = span.y();
        double bottom = span.maxY();
        double left = span.x();
        double right = span.maxX();
        for (Rect o : obstacles) {
            if (o.intersects(span)) {
                top = Math.min(top, o.y());
                bottom = Math.max(bottom, o.maxY());
                left = Math.min(left, o.x());
                right = Math.max(right, o.maxX());
            }
        }
        top -= CLEARANCE;
        bottom += CLEARANCE;
        left -= CLEARANCE;
        right += CLEARANCE;
        for (boolean over : new boolean[] {true, false}) {
            double y = over ? top : bottom;
            out.add(
                    List.of(
                            new Point(ca.x(), over ? a.y() : a.maxY()),
                            new Point(ca.x(), y),
                            new Point(cb.x(), y),
                            new Point(cb.x(), over ? b.y() : b.maxY())));
            double x = over ? left : right;
            out.add(
                    List.of(
                            new Point(over ? a.x() : a.maxX(), ca.y()),
                            new Point(x, ca.y()),
                            new Point(x, cb.y()),
                            new Point(over ? b.x() : b.maxX(), cb.y())));
        }
    }

    /**
     * Where a leg between {@code lo} and {@code hi} may run: the middle, and just clear of each
     * obstacle's sides ({@code vertical}: x positions, else y positions).
     */
    private static List<Double> positions(
            double lo, double hi, List<Rect> obstacles, boolean vertical) {
        TreeSet<Double> out = new TreeSet<>();
        if (hi < lo) {
            return List.of();
        }
        out.add((lo + hi) / 2);
        for (Rect o : obstacles) {
            double before = (vertical ? o.x() : o.y()) - CLEARANCE;
            double after = (vertical ? o.maxX() : o.maxY()) + CLEARANCE;
            for (double v : new double[] {before, after}) {
                if (v >= lo && v <= hi) {
                    out.add(v);
                }
            }
        }
        // A handful beside the middle is enough; more only costs time in a crowded diagram.
        double mid = (lo + hi) / 2;
        List<Double> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingDouble(v -> Math.abs(v - mid)));
        return sorted.subList(0, Math.min(MAX_POSITIONS, sorted.size()));
    }
}
