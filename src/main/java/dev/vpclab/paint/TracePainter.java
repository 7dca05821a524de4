package dev.vpclab.paint;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Trace;
import dev.vpclab.walk.DecisionWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Paints a trace over a diagram: a numbered badge on every component the packet met, in order, and
 * a legend box listing the flow, the hops and the verdict. Draws through the same {@link
 * DrawingSurface} as {@link DiagramPainter}, so a trace looks the same on every export.
 */
public final class TracePainter {
    /** Colour of the badges of hops that passed, and of the blocked hop. */
    static final String PASSED = "#0972D3";

    static final String BLOCKED = "#D91515";
    static final String REACHABLE = "#037F0C";

    /** Radius of a hop badge. */
    public static final double BADGE_RADIUS = 9;

    private static final double LINE = 16;
    private static final double PAD = 10;

    /** Size of the legend's text. */
    private static final double SIZE = 11;

    /** Lines longer than this wrap, unless the title (which never wraps under it) is wider. */
    static final double WRAP_WIDTH = 560;

    /** A title wider than this wraps too, so that a huge flow name still makes a sane box. */
    private static final double WIDEST = 1100;

    /** How far the continuation of a wrapped line is indented. */
    private static final double INDENT = 14;

    /** What a legend line says, which decides its colour and weight. */
    private enum Kind {
        TITLE,
        HOP,
        RETURN,
        VERDICT
    }

    /** One painted line: its text, what it says, whether it continues the line above. */
    private record Line(String text, Kind kind, boolean continued) {}

    private final Trace trace;
    private final TextMeasure measure;
    private final List<Line> lines;

    /** A painter for a trace, with its legend worded in the given language and estimated widths. */
    public TracePainter(Trace trace, Locale locale) {
        this(trace, locale, TextMeasure.estimate());
    }

    /**
     * A painter for a trace, with its legend worded in the given language and laid out in the
     * widths {@code measure} gives: the font of the surface it will be painted on.
     */
    public TracePainter(Trace trace, Locale locale, TextMeasure measure) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.measure = Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(locale, "locale");
        String title = Message.of("export.legend.title", describe(trace.flow())).render(locale);
        List<Map.Entry<String, Kind>> text = new ArrayList<>();
        List<Hop> path = trace.path();
        for (int i = 0; i < path.size(); i++) {
            Hop hop = path.get(i);
            int n = i + 1;
            // in the reader's words, from the typed decision, as the walk's cards say it
            Message line =
                    DecisionWords.of(hop)
                            .map(why -> Message.of("export.legend.hopWhy", n, hop.id(), why))
                            .orElseGet(() -> Message.of("export.legend.hop", n, hop.id()));
            text.add(Map.entry(line.render(locale), Kind.HOP));
        }
        if (!trace.returnPath().isEmpty()) {
            String back =
                    trace.returnPath().stream()
                            .map(Hop::id)
                            .collect(Collectors.joining(" \u2192 "));
            text.add(
                    Map.entry(
                            Message.of("export.legend.returnPath", back).render(locale),
                            Kind.RETURN));
        }
        if (trace.blockedAt().isPresent()) {
            BlockedAt b = trace.blockedAt().get();
            text.add(
                    Map.entry(
                            Message.of(
                                            "export.legend.blocked",
                                            b.component(),
                                            b.reason().name(),
                                            b.detail().render(locale))
                                    .render(locale),
                            Kind.VERDICT));
        } else {
            text.add(Map.entry(Message.of("export.legend.reachable").render(locale), Kind.VERDICT));
        }
        // The legend is as wide as its title (up to a bound) and at least WRAP_WIDTH; every other
        // line wraps inside that width, so the verdict is read whole instead of cut with "...".
        double titleWidth = measure.width(title, SIZE, true);
        double wrap = Math.max(WRAP_WIDTH, Math.min(titleWidth, WIDEST));
        List<Line> out = new ArrayList<>();
        addWrapped(out, title, Kind.TITLE, wrap);
        for (Map.Entry<String, Kind> e : text) {
            addWrapped(out, e.getKey(), e.getValue(), wrap);
        }
        this.lines = List.copyOf(out);
    }

    private static boolean bold(Kind k) {
        return k == Kind.TITLE || k == Kind.VERDICT;
    }

    private void addWrapped(List<Line> out, String text, Kind kind, double wrap) {
        List<String> parts = measure.wrap(text, SIZE, bold(kind), wrap);
        out.add(new Line(parts.get(0), kind, false));
        for (String more : parts.subList(1, parts.size())) {
            // A continuation is indented, so it re-wraps in the narrower room it has.
            for (String p : measure.wrap(more, SIZE, bold(kind), wrap - INDENT)) {
                out.add(new Line(p, kind, true));
            }
        }
    }

    private static String describe(Flow f) {
        String traffic =
                f.protocol().toString().toLowerCase(Locale.ROOT)
                        + f.port().map(p -> "/" + p).orElse("");
        String route = f.from() + " \u2192 " + f.to() + " " + traffic;
        return f.name().map(n -> n + " (" + route + ")").orElse(route);
    }

    /** The lines of the legend, as painted: title, hops, return path, verdict. */
    public List<String> legendLines() {
        return lines.stream().map(Line::text).toList();
    }

    /**
     * The legend's lines grouped back into what they say, each wrapped line joined with a line
     * break: title, hops, return path, verdict. A medium that wraps by itself (draw.io) uses them.
     */
    public List<String> legendParagraphs() {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.continued()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + l.text());
            } else {
                out.add(l.text());
            }
        }
        return out;
    }

    /** The legend's rectangle when its top-left corner is at (x, y). */
    public Rect legendBox(double x, double y) {
        double widest = 0;
        for (Line l : lines) {
            double w = measure.width(l.text(), SIZE, bold(l.kind())) + (l.continued() ? INDENT : 0);
            widest = Math.max(widest, w);
        }
        return new Rect(x, y, Math.ceil(widest) + 2 * PAD, lines.size() * LINE + 2 * PAD - 2);
    }

    /** The rectangles of the badges, which stick out a little above their components. */
    public Rect badgeBounds(Diagram d) {
        Rect all = null;
        for (Badge b : badges(d)) {
            Rect r =
                    new Rect(
                            b.cx() - BADGE_RADIUS,
                            b.cy() - BADGE_RADIUS,
                            2 * BADGE_RADIUS,
                            2 * BADGE_RADIUS);
            all = all == null ? r : all.union(r);
        }
        return all == null ? new Rect(0, 0, 0, 0) : all;
    }

    /** A numbered badge: the hop's place in the path, its centre, and whether it blocked. */
    public record Badge(String id, int number, double cx, double cy, boolean blocked) {}

    /** The badges of the path's hops, in order, on the components the diagram shows. */
    public List<Badge> badges(Diagram d) {
        List<Badge> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        List<Hop> path = trace.path();
        for (Hop h : path) {
            total.merge(h.id(), 1, Integer::sum);
        }
        String blockedId = trace.blockedAt().map(BlockedAt::component).orElse(null);
        for (int i = 0; i < path.size(); i++) {
            String id = path.get(i).id();
            Rect r = d.box(id).orElse(null);
            if (r == null) {
                continue;
            }
            // A packet can meet a component twice (a subnet on the way in and out): the badges of
            // one component line up in its top-right corner, in hop order read left to right
            // ("3 5"), instead of overlapping.
            int k = seen.merge(id, 1, Integer::sum) - 1;
            int after = total.get(id) - 1 - k;
            boolean blocked = id.equals(blockedId) && i == path.size() - 1;
            out.add(new Badge(id, i + 1, r.maxX() - 12 - after * 21, r.y() + 1, blocked));
        }
        return out;
    }

    /** Paints the badges over the diagram and the legend with its top-left corner at (x, y). */
    public void paint(Diagram d, PaintStyle style, double x, double y, DrawingSurface s) {
        Objects.requireNonNull(d, "diagram");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(s, "surface");
        for (Badge b : badges(d)) {
            s.dot(b.cx(), b.cy(), BADGE_RADIUS, b.blocked() ? BLOCKED : PASSED);
            s.text(
                    Integer.toString(b.number()),
                    b.cx(),
                    b.cy() + 3.5,
                    b.number() > 9 ? 9 : 10,
                    true,
                    "#FFFFFF",
                    true);
        }
        Rect box = legendBox(x, y);
        s.rect(
                box.x(),
                box.y(),
                box.width(),
                box.height(),
                6,
                style.nodeFill(),
                style.nodeStroke(),
                1,
                false);
        double ty = y + PAD + 11;
        for (Line l : lines) {
            String color =
                    switch (l.kind()) {
                        case TITLE, HOP -> style.text();
                        case RETURN -> style.mutedText();
                        case VERDICT -> trace.reachable() ? REACHABLE : BLOCKED;
                    };
            double lx = x + PAD + (l.continued() ? INDENT : 0);
            s.text(l.text(), lx, ty, SIZE, bold(l.kind()), color, false);
            ty += LINE;
        }
    }
}
