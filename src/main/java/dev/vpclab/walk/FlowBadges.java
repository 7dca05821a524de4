package dev.vpclab.walk;

import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The live badges of the saved flows for one version of a lab: each flow's trace and whether it is
 * reachable, blocked, or changed since the previous version (verdict or path). Made once per edit
 * with one {@link Tracer#of(Lab)}; the previous version's traces are kept, so the next edit traces
 * only the new lab.
 */
public final class FlowBadges {

    /** What the badge on a saved flow says. */
    public enum Badge {
        REACHABLE,
        BLOCKED,
        /** The verdict or the path differs from the previous version of the lab. */
        CHANGED
    }

    /**
     * The badge of one flow.
     *
     * @param previous the flow's trace in the previous version, if it was traced there
     */
    public record FlowBadge(Flow flow, Badge badge, Trace trace, Optional<Trace> previous) {
        public FlowBadge {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(badge, "badge");
            Objects.requireNonNull(trace, "trace");
            Objects.requireNonNull(previous, "previous");
        }

        /** The current verdict, whatever the badge. */
        public boolean reachable() {
            return trace.reachable();
        }
    }

    private final Lab lab;
    private final List<FlowBadge> badges;

    private FlowBadges(Lab lab, List<FlowBadge> badges) {
        this.lab = lab;
        this.badges = List.copyOf(badges);
    }

    /** The badges of a lab's saved flows, with nothing to compare with. */
    public static FlowBadges of(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        return of(lab, lab.flows());
    }

    /** The badges of some flows in a lab, with nothing to compare with. */
    public static FlowBadges of(Lab lab, List<Flow> flows) {
        Objects.requireNonNull(lab, "lab");
        PacketTracer tracer = Tracer.of(lab);
        List<FlowBadge> out = new ArrayList<>(flows.size());
        for (Flow f : flows) {
            Trace t = tracer.trace(f);
            out.add(new FlowBadge(f, verdict(t), t, Optional.empty()));
        }
        return new FlowBadges(lab, out);
    }

    /** The badges of the previous and the current version of a lab, for the given flows. */
    public static FlowBadges compare(Lab previous, Lab current, List<Flow> flows) {
        return of(previous, flows).after(current, flows);
    }

    /** The badges after an edit: the new lab's saved flows, compared with these. */
    public FlowBadges after(Lab current) {
        Objects.requireNonNull(current, "current");
        return after(current, current.flows());
    }

    /** The badges of {@code flows} in {@code current}, compared with these. */
    public FlowBadges after(Lab current, List<Flow> flows) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(flows, "flows");
        PacketTracer tracer = Tracer.of(current);
        List<FlowBadge> out = new ArrayList<>(flows.size());
        for (Flow f : flows) {
            Trace t = tracer.trace(f);
            Optional<Trace> before = trace(f);
            Badge badge =
                    before.isPresent() && differs(before.get(), t) ? Badge.CHANGED : verdict(t);
            out.add(new FlowBadge(f, badge, t, before));
        }
        return new FlowBadges(current, out);
    }

    public Lab lab() {
        return lab;
    }

    /** One badge per flow, in the order of the flows. */
    public List<FlowBadge> badges() {
        return badges;
    }

    /** This version's trace of a flow, if it was traced. */
    public Optional<Trace> trace(Flow flow) {
        Objects.requireNonNull(flow, "flow");
        for (FlowBadge b : badges) {
            if (b.flow().equals(flow)) {
                return Optional.of(b.trace());
            }
        }
        return Optional.empty();
    }

    private static Badge verdict(Trace t) {
        return t.reachable() ? Badge.REACHABLE : Badge.BLOCKED;
    }

    /** Same verdict, same place and reason of a block, and the same components both ways. */
    static boolean differs(Trace a, Trace b) {
        return a.reachable() != b.reachable()
                || !a.blockedAt()
                        .map(x -> x.component() + x.reason())
                        .equals(b.blockedAt().map(x -> x.component() + x.reason()))
                || !ids(a.path()).equals(ids(b.path()))
                || !ids(a.returnPath()).equals(ids(b.returnPath()));
    }

    private static List<String> ids(List<Hop> hops) {
        return hops.stream().map(Hop::id).toList();
    }
}
