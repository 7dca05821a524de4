package dev.vpclab.walk;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.DnsResolution;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Layer;
import dev.vpclab.routing.Leg;
import dev.vpclab.routing.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The animation of one trace on the diagram, as a pure function of time: the DNS look-up first
 * (from the source to the resolver and back, with the answer), then each hop of the forward path
 * (the packet dwells at each component while its card is shown and travels between them), then the
 * reply along the return path. A blocked packet stops at the component that blocks it and drops.
 *
 * <p>Times are seconds of the walk at speed 1. A player that has run for {@code w} seconds of
 * wall-clock time at speed {@code s} shows {@link #frameAt(double, double) frameAt(w, s)}, which is
 * {@code frameAt(w * s)}; to jump to a hop it sets its position to {@link #timeOfHop(int)}.
 */
public final class PacketWalk {
    /** Seconds the packet stays at a component where something is decided. */
    public static final double DWELL_DECISION = 1.2;

    /** Seconds the packet stays at a component it only passes. */
    public static final double DWELL_PASS = 0.4;

    /** Seconds the packet stays at the component that blocks it, falling. */
    public static final double DWELL_BLOCKED = 2.0;

    /** Travel speed, in canvas units per second; travel takes between 0.3 and 1.5 seconds. */
    public static final double TRAVEL_SPEED = 400;

    /** How far a dropped packet falls, in canvas units. */
    public static final double DROP_DISTANCE = 40;

    private static final double MIN_TRAVEL = 0.3;
    private static final double MAX_TRAVEL = 1.5;
    private static final double EPSILON = 1e-9;

    /** One stop of the packet, and its row in the event list. */
    private record Step(
            String component,
            Phase phase,
            Optional<Leg> leg,
            Point at,
            double dwell,
            Card card,
            Message check,
            Message decision,
            boolean blocking) {}

    private final Trace trace;
    private final List<Step> steps;
    private final double[] arrive;
    private final double duration;

    private PacketWalk(Trace trace, List<Step> steps) {
        this.trace = trace;
        this.steps = List.copyOf(steps);
        this.arrive = new double[steps.size()];
        double t = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                t += travelTime(steps.get(i - 1).at(), steps.get(i).at());
            }
            arrive[i] = t;
            t += steps.get(i).dwell();
        }
        this.duration = t;
    }

    /**
     * The walk of a trace, with each component at the centre its {@code positions} gives; the
     * routes of route-table cards are those the trace names (winner and losers).
     */
    public static PacketWalk of(Trace trace, Function<String, Optional<Point>> positions) {
        return of(trace, positions, Optional.empty());
    }

    /**
     * The walk of a trace on a diagram: components at the centres of their boxes, and route-table
     * cards listing every row of the table.
     */
    public static PacketWalk on(Diagram diagram, Trace trace) {
        Objects.requireNonNull(diagram, "diagram");
        return of(trace, id -> diagram.box(id).map(Rect::center), Optional.of(diagram.lab()));
    }

    /** The walk of a trace; with the lab, route-table cards list every row of the table. */
    public static PacketWalk of(
            Trace trace, Function<String, Optional<Point>> positions, Optional<Lab> lab) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(lab, "lab");
        return new PacketWalk(trace, new Steps(trace, positions, lab).build());
    }

    public Trace trace() {
        return trace;
    }

    /** Seconds the whole walk takes at speed 1. */
    public double duration() {
        return duration;
    }

    /** How many steps (event-list rows) the walk has. */
    public int hopCount() {
        return steps.size();
    }

    /** When the packet reaches step {@code index}. */
    public double timeOfHop(int index) {
        Objects.checkIndex(index, steps.size());
        return arrive[index];
    }

    /**
     * The time of the step after the one at {@code time} ("step forward"); the end after the last.
     */
    public double nextHopTime(double time) {
        int i = indexAt(time);
        return i + 1 < steps.size() ? arrive[i + 1] : duration;
    }

    /** The time of the step before the one at {@code time} ("step back"); 0 at the first. */
    public double previousHopTime(double time) {
        int i = indexAt(time);
        return i <= 0 ? 0 : arrive[i - 1];
    }

    /** The event list: one row per step, in order. */
    public List<Event> events() {
        List<Event> out = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            out.add(
                    new Event(
                            arrive[i],
                            i,
                            s.component(),
                            s.check(),
                            s.decision(),
                            s.phase(),
                            s.leg(),
                            s.blocking()));
        }
        return out;
    }

    /** The frame at {@code seconds} of wall-clock time played at {@code speed} (1 = normal). */
    public Frame frameAt(double seconds, double speed) {
        if (!Double.isFinite(speed) || speed <= 0) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        return frameAt(seconds * speed);
    }

    /** The frame at {@code time} seconds of the walk (speed 1); clamped to the walk. */
    public Frame frameAt(double time) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("time is not a number");
        }
        double t = Math.max(0, time);
        int i = indexAt(t);
        Step s = steps.get(i);
        double leave = arrive[i] + s.dwell();
        if (t < leave || i + 1 == steps.size()) {
            if (t >= leave) {
                return end(i, s);
            }
            double f = s.dwell() == 0 ? 1 : (t - arrive[i]) / s.dwell();
            Point at = s.blocking() ? s.at().plus(0, DROP_DISTANCE * f) : s.at();
            return new Frame(at, i, s.component(), Optional.of(s.card()), s.phase(), s.blocking());
        }
        Step next = steps.get(i + 1);
        double f = (t - leave) / (arrive[i + 1] - leave);
        Point at =
                new Point(
                        s.at().x() + (next.at().x() - s.at().x()) * f,
                        s.at().y() + (next.at().y() - s.at().y()) * f);
        Phase phase = s.phase() == Phase.DNS_ANSWER ? Phase.DNS_ANSWER : travelPhase(next);
        return new Frame(at, i, s.component(), Optional.empty(), phase, false);
    }

    private Frame end(int i, Step s) {
        if (s.blocking()) {
            return new Frame(
                    s.at().plus(0, DROP_DISTANCE),
                    i,
                    s.component(),
                    Optional.of(s.card()),
                    Phase.BLOCKED,
                    true);
        }
        return new Frame(s.at(), i, s.component(), Optional.empty(), Phase.DONE, false);
    }

    private static Phase travelPhase(Step next) {
        if (next.blocking()) {
            return next.leg()
                    .map(l -> l == Leg.RETURN ? Phase.RETURN : Phase.FORWARD)
                    .orElse(Phase.DNS_QUERY);
        }
        return next.phase();
    }

    /** The last step reached at {@code time}. */
    private int indexAt(double time) {
        int lo = 0;
        int hi = steps.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (arrive[mid] <= time + EPSILON) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double travelTime(Point a, Point b) {
        double d = Math.hypot(b.x() - a.x(), b.y() - a.y());
        if (d == 0) {
            return 0;
        }
        return Math.max(MIN_TRAVEL, Math.min(MAX_TRAVEL, d / TRAVEL_SPEED));
    }

    /** Turns a trace into steps. */
    private static final class Steps {
        private final Trace trace;
        private final Function<String, Optional<Point>> positions;
        private final Optional<Lab> lab;
        private final List<Step> out = new ArrayList<>();
        private Point last;

        Steps(Trace trace, Function<String, Optional<Point>> positions, Optional<Lab> lab) {
            this.trace = trace;
            this.positions = positions;
            this.lab = lab;
            this.last = positions.apply(trace.flow().from()).orElse(new Point(0, 0));
        }

        List<Step> build() {
            Optional<BlockedAt> blocked = trace.blockedAt();
            Optional<DnsResolution> dns = trace.dns();
            if (dns.isPresent()) {
                DnsResolution d = dns.get();
                String source = trace.flow().from();
                Point sourceAt = last;
                out.add(
                        new Step(
                                source,
                                Phase.DNS_QUERY,
                                Optional.empty(),
                                sourceAt,
                                DWELL_DECISION,
                                Cards.dnsQuery(source, d),
                                Message.of("walk.check.dnsQuery"),
                                Message.of("walk.dns.query", d.name(), DnsWords.server(d.server())),
                                false));
                Optional<BlockedAt> dnsBlock = blocked.filter(b -> b.layer() == Layer.DNS);
                String resolver = dnsBlock.map(BlockedAt::component).orElse(resolverId(d));
                Point resolverAt =
                        positions
                                .apply(resolverId(d))
                                .or(() -> positions.apply(resolver))
                                .orElse(sourceAt.plus(0, -1.5 * Diagram.NODE_HEIGHT));
                last = resolverAt;
                out.add(
                        new Step(
                                resolver,
                                dnsBlock.isPresent() ? Phase.BLOCKED : Phase.DNS_ANSWER,
                                Optional.empty(),
                                resolverAt,
                                dnsBlock.isPresent() ? DWELL_BLOCKED : DWELL_DECISION,
                                Cards.dnsAnswer(resolver, d, dnsBlock),
                                Message.of("walk.check.dnsAnswer"),
                                dnsBlock.isPresent()
                                        ? Cards.blockedRow(dnsBlock.get())
                                        : Cards.dnsAnswerText(d),
                                dnsBlock.isPresent()));
                if (dnsBlock.isPresent()) {
                    return out;
                }
                last = sourceAt;
            }
            Optional<BlockedAt> forwardBlock = blocked.filter(b -> b.leg() == Leg.FORWARD);
            if (!leg(trace.path(), Leg.FORWARD, forwardBlock)) {
                return out;
            }
            leg(trace.returnPath(), Leg.RETURN, blocked.filter(b -> b.leg() == Leg.RETURN));
            if (out.isEmpty()) {
                String source = trace.flow().from();
                Hop at = Hop.at(source);
                out.add(
                        new Step(
                                source,
                                Phase.FORWARD,
                                Optional.of(Leg.FORWARD),
                                last,
                                DWELL_PASS,
                                Cards.forHop(at, lab, Optional.empty()),
                                Cards.checkName(Optional.empty()),
                                Cards.decision(at, Optional.empty()),
                                false));
            }
            return out;
        }

        /** Adds the steps of one leg; false when the leg ends blocked. */
        private boolean leg(List<Hop> hops, Leg leg, Optional<BlockedAt> block) {
            int stop = -1;
            if (block.isPresent()) {
                for (int i = hops.size() - 1; i >= 0; i--) {
                    if (hops.get(i).id().equals(block.get().component())) {
                        stop = i;
                        break;
                    }
                }
            }
            int end = stop >= 0 ? stop + 1 : hops.size();
            Phase phase = leg == Leg.FORWARD ? Phase.FORWARD : Phase.RETURN;
            for (int i = 0; i < end; i++) {
                Hop hop = hops.get(i);
                boolean blocking = i == stop;
                Optional<BlockedAt> b = blocking ? block : Optional.empty();
                Point at = positions.apply(hop.id()).orElse(last);
                last = at;
                out.add(
                        new Step(
                                hop.id(),
                                blocking ? Phase.BLOCKED : phase,
                                Optional.of(leg),
                                at,
                                blocking
                                        ? DWELL_BLOCKED
                                        : hop.check().isPresent() ? DWELL_DECISION : DWELL_PASS,
                                Cards.forHop(hop, lab, b),
                                Cards.checkName(hop),
                                Cards.decision(hop, b),
                                blocking));
            }
            if (block.isPresent() && stop < 0) {
                // Blocked at a component that is not a hop (a subnet without a route table, a
                // flow that cannot start): the packet stops there, or where it last was.
                BlockedAt b = block.get();
                Point at = positions.apply(b.component()).orElse(last);
                out.add(
                        new Step(
                                b.component(),
                                Phase.BLOCKED,
                                Optional.of(leg),
                                at,
                                DWELL_BLOCKED,
                                Cards.blockedOnly(b),
                                Message.of("walk.check.blocked"),
                                Cards.blockedRow(b),
                                true));
            }
            return block.isEmpty();
        }

        /** The resolver's component: the VPC whose Route 53 Resolver answered, if any. */
        private static String resolverId(DnsResolution d) {
            return d.resolverVpc().orElse(d.resolver());
        }
    }
}
