package dev.vpclab.walk;

import dev.vpclab.i18n.Message;
import dev.vpclab.routing.ReasonCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The explanation shown beside a component while the packet is there: what was checked, what
 * decided (the rule, route or policy statement), for route tables every row with the winner and the
 * losing matches struck through with why, for NAT the address rewritten, and for the component that
 * blocks the packet the reason code, the explanation and the fix. Every text is a {@link Message},
 * so the app renders it in English or Korean.
 *
 * @param check the name of the check ("Security group, outbound rules")
 * @param decision the rule, route or statement that decided, when one did
 * @param routes the rows of the route table, for route look-ups
 * @param translation the address rewritten, for NAT and load balancers
 * @param note the routing core's note on the hop, if any
 * @param details further facts: the prefix-list entry matched, the subnet boundary, the interface
 */
public record Card(
        String component,
        Message check,
        Optional<Message> decision,
        List<RouteRow> routes,
        Optional<Message> translation,
        Optional<Message> note,
        List<Message> details,
        Optional<Blocked> blocked) {
    public Card {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(decision, "decision");
        routes = List.copyOf(routes);
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(note, "note");
        details = List.copyOf(details);
        Objects.requireNonNull(blocked, "blocked");
    }

    /** How a row of a route table fared in the look-up. */
    public enum RowState {
        /** The route that carried the packet (longest prefix match). */
        WINNER,
        /** A route that matched too but lost; shown struck through, with why. */
        LOST,
        /** A route that does not match the destination. */
        NOT_MATCHING
    }

    /**
     * One row of a route table on a route card.
     *
     * @param route the route's canonical text
     * @param target where the route sends traffic, when the route itself is known
     */
    public record RouteRow(
            String route, RowState state, Optional<Message> why, Optional<String> target) {
        public RouteRow {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(target, "target");
        }

        /** A row of a route known only by its text. */
        public RouteRow(String route, RowState state, Optional<Message> why) {
            this(route, state, why, Optional.empty());
        }
    }

    /**
     * Why the packet stopped here: the reason code (and the AWS Reachability Analyzer code that
     * says the same), the words a learner understands, and the fix.
     */
    public record Blocked(
            ReasonCode reason,
            Optional<String> reachabilityAnalyzerCode,
            Optional<String> matched,
            Message detail,
            Message fix) {
        public Blocked {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reachabilityAnalyzerCode, "reachabilityAnalyzerCode");
            Objects.requireNonNull(matched, "matched");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(fix, "fix");
        }
    }
}
