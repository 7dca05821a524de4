package dev.vpclab.paint;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Trace;
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

    /** Average advance of a character of the legend's 11-point text, used to size the box. */
    private static final double CHAR_WIDTH = 6.4;

    private static final int LONGEST_LINE = 110;

    private final Trace trace;
    private final List<String> lines;
    private final int hopLines;

    /** A painter for a trace, with its legend worded in the given language. */
    public TracePainter(Trace trace, Locale locale) {
        this.trace = Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(locale, "locale");
        List<String> text = new ArrayList<>();
        text.add(Message.of("export.legend.title", describe(trace.flow())).render(locale));
        List<Hop> path = trace.path();
        for (int i = 0; i < path.size(); i++) {
            Hop hop = path.get(i);
            int n = i + 1;
            Message line =
                    hop.check().isPresent()
                            ? Message.of(
                                    "export.legend.hopChecked",
                                    n,
                                    hop.id(),
                                    hop.check().get().wireName(),
                                    hop.matched().orElse("-"))
                            : Message.of("export.legend.hop", n, hop.id());
            String decided = line.render(locale);
            text.add(shorten(decided));
        }
        this.hopLines = path.size();
        if (!trace.returnPath().isEmpty()) {
            String back =
                    trace.returnPath().stream().map(Hop::id).collect(Collectors.joining(" > "));
            text.add(shorten(Message.of("export.legend.returnPath", back).render(locale)));
        }
        if (trace.blockedAt().isPresent()) {
            BlockedAt b = trace.blockedAt().get();
            text.add(
                    shorten(
                            Message.of(
                                            "export.legend.blocked",
                                            b.component(),
                                            b.reason().name(),
                                            b.detail().render(locale))
                                    .render(locale)));
        } else {
            text.add(Message.of("export.legend.reachable").render(locale));
        }
        this.lines = List.copyOf(text);
    }

    private static String describe(Flow f) {
        String traffic =
                f.protocol().toString().toLowerCase(Locale.ROOT)
                        + f.port().map(p -> "/" + p).orElse("");
        String route = f.from() + " > " + f.to() + " " + traffic;
        return f.name().map(n -> n + " (" + route + ")").orElse(route);
    }

    private static String shorten(String s) {
        return s.length() <= LONGEST_LINE ? s : s.substring(0, LONGEST_LINE - 1) + "…";
    }

    /** The lines of the legend, as painted: title, hops, return path, verdict. */
    public List<String> legendLines() {
        return lines;
    }

    /** The legend's rectangle when its top-left corner is at (x, y). */
    public Rect legendBox(double x, double y) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        return new Rect(x, y, longest * CHAR_WIDTH + 2 * PAD, lines.size() * LINE + 2 * PAD - 2);
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
        List<Hop> path = trace.path();
        String blockedId = trace.blockedAt().map(BlockedAt::component).orElse(null);
        for (int i = 0; i < path.size(); i++) {
            String id = path.get(i).id();
            Rect r = d.box(id).orElse(null);
            if (r == null) {
                continue;
            }
            // A packet can meet a component twice (a subnet on the way in and out): the badges of
            // one component line up leftwards from its top-right corner instead of overlapping.
            int k = seen.merge(id, 1, Integer::sum) - 1;
            boolean blocked = id.equals(blockedId) && i == path.size() - 1;
            out.add(new Badge(id, i + 1, r.maxX() - 12 - k * 21, r.y() + 1, blocked));
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
        for (int i = 0; i < lines.size(); i++) {
            boolean title = i == 0;
            boolean verdict = i == lines.size() - 1;
            String color =
                    verdict
                            ? (trace.reachable() ? REACHABLE : BLOCKED)
                            : (title ? style.text() : style.mutedText());
            if (i >= 1 && i <= hopLines) {
                color = style.text();
            }
            s.text(lines.get(i), x + PAD, ty, 11, title || verdict, color, false);
            ty += LINE;
        }
    }
}
