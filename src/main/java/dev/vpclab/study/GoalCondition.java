package dev.vpclab.study;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Flow;
import dev.vpclab.net.IpVersion;
import dev.vpclab.routing.ReasonCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One machine-checked condition of a challenge's goal: a flow that must be reachable or blocked, a
 * path that must avoid or cross kinds of component, a limit on the monthly cost of a path, kinds of
 * component the lab must not contain, or a lab without design-time errors. Each kind is written in
 * a challenge file as a one-key map ({@code - reachable: {...}}); {@link #fileKey()} is that key.
 */
public sealed interface GoalCondition {

    /** The key of this kind of condition in a challenge file. */
    String fileKey();

    /** The condition in a sentence, for a list of goals. */
    Message describe();

    /** The flow must be reachable (and, for an AWS service request, authorized). */
    record Reachable(Flow flow) implements GoalCondition {
        public Reachable {
            Objects.requireNonNull(flow, "flow");
        }

        @Override
        public String fileKey() {
            return "reachable";
        }

        @Override
        public Message describe() {
            return Message.of("study.goal.reachable", summary(flow));
        }
    }

    /** The flow must be blocked, for the given reason if one is given. */
    record Blocked(Flow flow, Optional<ReasonCode> reason) implements GoalCondition {
        public Blocked {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String fileKey() {
            return "blocked";
        }

        @Override
        public Message describe() {
            return reason.map(r -> Message.of("study.goal.blockedFor", summary(flow), r.name()))
                    .orElseGet(() -> Message.of("study.goal.blocked", summary(flow)));
        }
    }

    /** The flow's path must cross no component of these kinds. */
    record Avoids(Flow flow, List<ComponentKind> kinds) implements GoalCondition {
        public Avoids {
            Objects.requireNonNull(flow, "flow");
            kinds = nonEmpty(kinds);
        }

        @Override
        public String fileKey() {
            return "avoids";
        }

        @Override
        public Message describe() {
            return Message.of("study.goal.avoids", summary(flow), names(kinds));
        }
    }

    /** The flow's path must cross a component of at least one of these kinds. */
    record Crosses(Flow flow, List<ComponentKind> kinds) implements GoalCondition {
        public Crosses {
            Objects.requireNonNull(flow, "flow");
            kinds = nonEmpty(kinds);
        }

        @Override
        public String fileKey() {
            return "crosses";
        }

        @Override
        public Message describe() {
            return Message.of("study.goal.crosses", summary(flow), names(kinds));
        }
    }

    /**
     * Every interface endpoint the flow's path crosses is entered through its network interface in
     * the source's own Availability Zone (by AZ ID): the endpoint serves that zone by itself, so a
     * failure of another zone does not cut it off, and no data crosses zones.
     */
    record SameZone(Flow flow) implements GoalCondition {
        public SameZone {
            Objects.requireNonNull(flow, "flow");
        }

        @Override
        public String fileKey() {
            return "sameZone";
        }

        @Override
        public Message describe() {
            return Message.of("study.goal.sameZone", summary(flow));
        }
    }

    /**
     * The flow's path, carrying {@code gbPerMonth} of data, must cost at most {@code usd} a month
     * under the catalogue prices (see {@link PathCost}).
     */
    record MaxMonthlyCost(Flow flow, BigDecimal gbPerMonth, BigDecimal usd)
            implements GoalCondition {
        public MaxMonthlyCost {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(gbPerMonth, "gbPerMonth");
            Objects.requireNonNull(usd, "usd");
            if (gbPerMonth.signum() < 0 || usd.signum() < 0) {
                throw new IllegalArgumentException("volumes and prices are not negative");
            }
        }

        @Override
        public String fileKey() {
            return "maxMonthlyCost";
        }

        @Override
        public Message describe() {
            return Message.of(
                    "study.goal.maxMonthlyCost",
                    summary(flow),
                    gbPerMonth.stripTrailingZeros().toPlainString(),
                    PathCost.dollars(usd));
        }
    }

    /** The lab must contain no component of these kinds. */
    record ForbidsKinds(List<ComponentKind> kinds) implements GoalCondition {
        public ForbidsKinds {
            kinds = nonEmpty(kinds);
        }

        @Override
        public String fileKey() {
            return "forbidsKinds";
        }

        @Override
        public Message describe() {
            return Message.of("study.goal.forbidsKinds", names(kinds));
        }
    }

    /** The lab checker must find no error (warnings are allowed). */
    record NoErrors() implements GoalCondition {
        @Override
        public String fileKey() {
            return "noErrors";
        }

        @Override
        public Message describe() {
            return Message.of("study.goal.noErrors");
        }
    }

    /**
     * A flow in one line, in the lab's own terms (ids, names, protocol and port), for example
     * {@code i-app -> my-bucket.s3.us-east-1.amazonaws.com tcp/443 (s3:GetObject)}, or {@code
     * laptop -> eice-main -> i-private tcp/22} through an EC2 Instance Connect Endpoint.
     */
    static String summary(Flow flow) {
        StringBuilder sb = new StringBuilder();
        sb.append(flow.from()).append(" -> ");
        flow.via().ifPresent(v -> sb.append(v).append(" -> "));
        sb.append(flow.to()).append(' ');
        sb.append(flow.protocol().toString().toLowerCase(java.util.Locale.ROOT));
        flow.port().ifPresent(p -> sb.append('/').append(p));
        if (flow.ipVersion() == IpVersion.V6) {
            sb.append(" IPv6");
        }
        flow.request().ifPresent(r -> sb.append(" (").append(r.action()).append(')'));
        return sb.toString();
    }

    /** Kind names in the reader's language ("NAT gateway, Internet gateway"). */
    static Message names(List<ComponentKind> kinds) {
        return join(kinds.stream().map(GoalCondition::kindName).toList());
    }

    /** A kind's name in the reader's language. */
    static Message kindName(ComponentKind kind) {
        return Message.of("kind." + kind.fileName());
    }

    /** Messages separated by commas, each rendered in the reader's language. */
    static Message join(List<Message> parts) {
        if (parts.isEmpty()) {
            return Message.of("study.join.none");
        }
        Message out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            out = Message.of("study.join", out, parts.get(i));
        }
        return out;
    }

    private static List<ComponentKind> nonEmpty(List<ComponentKind> kinds) {
        List<ComponentKind> copy = List.copyOf(kinds);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one component kind");
        }
        return copy;
    }
}
