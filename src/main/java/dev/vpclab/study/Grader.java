package dev.vpclab.study;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Subnet;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grades a learner's lab against a challenge with the routing core: each flow is traced as AWS
 * would carry it, and each condition says why it passed or failed in the trace's words (where the
 * flow was blocked and for what reason, which component of a forbidden kind the path crossed, what
 * the path costs). Pure: the same lab always gets the same grade.
 */
public final class Grader {
    /** How many error codes a failed {@code noErrors} lists. */
    private static final int LISTED = 3;

    private final PathCost cost;

    /** A grader that prices paths with this cost model. */
    public Grader(PathCost cost) {
        this.cost = Objects.requireNonNull(cost, "cost");
    }

    /** Grades with the shipped catalogue's prices. */
    public static Grade grade(Challenge challenge, Lab lab) {
        return new Grader(PathCost.standard()).gradeLab(challenge, lab);
    }

    /** Grades a lab against a challenge's goal conditions. */
    public Grade gradeLab(Challenge challenge, Lab lab) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(lab, "lab");
        PacketTracer tracer = Tracer.of(lab);
        Map<Flow, Trace> traces = new HashMap<>(); // goals often share one flow
        List<ConditionResult> results = new ArrayList<>();
        for (GoalCondition condition : challenge.goals()) {
            results.add(judge(condition, lab, f -> traces.computeIfAbsent(f, tracer::trace)));
        }
        return Grade.of(results);
    }

    private ConditionResult judge(
            GoalCondition condition, Lab lab, java.util.function.Function<Flow, Trace> trace) {
        // one branch per kind of the sealed interface (Java 17 has no pattern switch)
        if (condition instanceof GoalCondition.Reachable r) {
            return reachable(r, trace.apply(r.flow()));
        } else if (condition instanceof GoalCondition.Blocked b) {
            return blocked(b, trace.apply(b.flow()));
        } else if (condition instanceof GoalCondition.Avoids a) {
            return avoids(a, lab, trace.apply(a.flow()));
        } else if (condition instanceof GoalCondition.Crosses c) {
            return crosses(c, lab, trace.apply(c.flow()));
        } else if (condition instanceof GoalCondition.SameZone z) {
            return sameZone(z, lab, trace.apply(z.flow()));
        } else if (condition instanceof GoalCondition.MaxMonthlyCost m) {
            return maxCost(m, lab, trace.apply(m.flow()));
        } else if (condition instanceof GoalCondition.ForbidsKinds f) {
            return forbids(f, lab);
        } else if (condition instanceof GoalCondition.NoErrors n) {
            return noErrors(n, lab);
        }
        throw new IllegalStateException("unknown condition " + condition);
    }

    private static ConditionResult reachable(GoalCondition.Reachable r, Trace t) {
        if (t.reachable()) {
            return result(r, true, Message.of("study.why.reachable", route(t)), t);
        }
        return result(r, false, blockedWhy(t.blockedAt().orElseThrow()), t);
    }

    private static ConditionResult blocked(GoalCondition.Blocked b, Trace t) {
        if (t.reachable()) {
            return result(b, false, Message.of("study.why.notBlocked", route(t)), t);
        }
        BlockedAt at = t.blockedAt().orElseThrow();
        if (b.reason().isPresent() && b.reason().get() != at.reason()) {
            return result(
                    b,
                    false,
                    Message.of(
                            "study.why.blockedOtherReason",
                            at.component(),
                            at.reason().name(),
                            b.reason().get().name(),
                            at.detail()),
                    t);
        }
        return result(
                b,
                true,
                Message.of("study.why.blockedAsRequired", at.component(), at.reason().name()),
                t);
    }

    private static ConditionResult avoids(GoalCondition.Avoids a, Lab lab, Trace t) {
        List<Message> crossed = crossed(lab, t, a.kinds());
        if (!crossed.isEmpty()) {
            return result(
                    a, false, Message.of("study.why.crosses", GoalCondition.join(crossed)), t);
        }
        if (!t.reachable()) {
            // nothing forbidden on the way, but the packet stopped early: say so, so that a
            // learner does not take a blocked flow for a good design
            BlockedAt at = t.blockedAt().orElseThrow();
            return result(
                    a,
                    true,
                    Message.of(
                            "study.why.avoidsButBlocked",
                            GoalCondition.names(a.kinds()),
                            at.component(),
                            at.reason().name()),
                    t);
        }
        return result(
                a,
                true,
                Message.of("study.why.avoids", GoalCondition.names(a.kinds()), route(t)),
                t);
    }

    private static ConditionResult crosses(GoalCondition.Crosses c, Lab lab, Trace t) {
        List<Message> crossed = crossed(lab, t, c.kinds());
        if (!crossed.isEmpty()) {
            return result(c, true, Message.of("study.why.crosses", GoalCondition.join(crossed)), t);
        }
        Message kinds = GoalCondition.names(c.kinds());
        if (!t.reachable()) {
            BlockedAt at = t.blockedAt().orElseThrow();
            return result(
                    c,
                    false,
                    Message.of(
                            "study.why.crossesNoneBlocked",
                            kinds,
                            at.component(),
                            at.reason().name()),
                    t);
        }
        return result(c, false, Message.of("study.why.crossesNone", kinds, route(t)), t);
    }

    /**
     * The zone of each interface endpoint network interface the path enters, against the zone of
     * the source's subnet (AZ IDs, which name the same zone in every account).
     */
    private static ConditionResult sameZone(GoalCondition.SameZone z, Lab lab, Trace t) {
        Optional<String> clientZone =
                lab.component(z.flow().from(), Instance.class)
                        .flatMap(i -> lab.component(i.subnet(), Subnet.class))
                        .map(Subnet::azId);
        List<Message> entered = new ArrayList<>();
        for (Hop hop : t.path()) {
            if (hop.eni().isEmpty()) {
                continue;
            }
            Optional<InterfaceEndpoint> endpoint = lab.component(hop.id(), InterfaceEndpoint.class);
            Optional<EndpointEni> eni =
                    endpoint.flatMap(
                            e ->
                                    e.enis().stream()
                                            .filter(n -> n.id().equals(hop.eni().get()))
                                            .findFirst());
            if (eni.isEmpty()) {
                continue;
            }
            Message where = Message.of("study.eniZone", hop.id(), eni.get().id(), eni.get().azId());
            if (clientZone.isEmpty() || !clientZone.get().equals(eni.get().azId())) {
                return result(
                        z,
                        false,
                        Message.of(
                                "study.why.sameZoneOther",
                                where,
                                z.flow().from(),
                                clientZone.orElse("-")),
                        t);
            }
            entered.add(where);
        }
        if (!entered.isEmpty()) {
            return result(
                    z, true, Message.of("study.why.sameZone", GoalCondition.join(entered)), t);
        }
        Message kind = GoalCondition.kindName(ComponentKind.INTERFACE_ENDPOINT);
        if (!t.reachable()) {
            BlockedAt at = t.blockedAt().orElseThrow();
            return result(
                    z,
                    false,
                    Message.of(
                            "study.why.crossesNoneBlocked",
                            kind,
                            at.component(),
                            at.reason().name()),
                    t);
        }
        return result(z, false, Message.of("study.why.crossesNone", kind, route(t)), t);
    }

    private ConditionResult maxCost(GoalCondition.MaxMonthlyCost m, Lab lab, Trace t) {
        PathCost.Estimate estimate = cost.monthly(lab, t, m.gbPerMonth());
        String parts =
                estimate.items().isEmpty()
                        ? "-"
                        : estimate.items().stream()
                                .map(i -> i.id() + " " + PathCost.dollars(i.usd()))
                                .collect(Collectors.joining(", "));
        String usd = PathCost.dollars(estimate.usd());
        String limit = PathCost.dollars(m.usd());
        if (estimate.usd().compareTo(m.usd()) > 0) {
            return result(m, false, Message.of("study.why.costTooHigh", usd, limit, parts), t);
        }
        if (estimate.items().isEmpty()) {
            // No charged hop: say so in words rather than an empty list of parts.
            return result(m, true, Message.of("study.why.costNothing", usd, limit), t);
        }
        return result(m, true, Message.of("study.why.costWithin", usd, limit, parts), t);
    }

    private static ConditionResult forbids(GoalCondition.ForbidsKinds f, Lab lab) {
        Set<ComponentKind> kinds = Set.copyOf(f.kinds());
        List<Message> found =
                lab.components().stream()
                        .filter(c -> kinds.contains(c.kind()))
                        .map(
                                c ->
                                        Message.of(
                                                "study.idKind",
                                                c.id(),
                                                GoalCondition.kindName(c.kind())))
                        .toList();
        if (found.isEmpty()) {
            return result(
                    f, true, Message.of("study.why.noneOfKinds", GoalCondition.names(f.kinds())));
        }
        return result(f, false, Message.of("study.why.hasKinds", GoalCondition.join(found)));
    }

    private static ConditionResult noErrors(GoalCondition.NoErrors n, Lab lab) {
        List<Problem> errors = LabChecker.check(lab).stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            return result(n, true, Message.of("study.why.noErrors"));
        }
        Problem first = errors.get(0);
        String codes =
                errors.stream()
                        .limit(LISTED)
                        .map(p -> p.code() + p.component().map(c -> " (" + c + ")").orElse(""))
                        .collect(Collectors.joining(", "));
        return result(
                n, false, Message.of("study.why.errors", errors.size(), codes, first.message()));
    }

    /** The components of the given kinds on the forward path, as {@code id (kind)}, in order. */
    private static List<Message> crossed(Lab lab, Trace t, List<ComponentKind> kinds) {
        Set<Message> out = new LinkedHashSet<>();
        for (Hop hop : t.path()) {
            Optional<Component> c = lab.component(hop.id());
            if (c.isPresent() && kinds.contains(c.get().kind())) {
                out.add(
                        Message.of(
                                "study.idKind",
                                c.get().id(),
                                GoalCondition.kindName(c.get().kind())));
            }
        }
        return List.copyOf(out);
    }

    /** The path's components, without repeats, joined by arrows: what the packet went through. */
    private static String route(Trace t) {
        return String.join(" -> ", new LinkedHashSet<>(t.pathIds()));
    }

    private static Message blockedWhy(BlockedAt at) {
        return Message.of("study.why.blocked", at.component(), at.reason().name(), at.detail());
    }

    private static ConditionResult result(
            GoalCondition c, boolean passed, Message why, Trace trace) {
        return new ConditionResult(c, passed, why, Optional.of(trace));
    }

    private static ConditionResult result(GoalCondition c, boolean passed, Message why) {
        return new ConditionResult(c, passed, why, Optional.empty());
    }
}
