package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One component a packet met, and what was decided there: the check, the rule, route or policy
 * statement that decided ({@code matched}, in the lab format's canonical forms), and the details
 * that go with the check (the subnet whose boundary a network ACL guards, the prefix-list entry a
 * route matched, the routes that lost, the address rewritten, the endpoint interface, ...).
 *
 * @param requestContext policy condition keys of the request; a key mapped to empty is absent
 * @param decision the typed decision of the check, for the checks that record one
 * @param leaving the packet's header as it leaves the hop (after any translation there)
 */
public record Hop(
        String id,
        Optional<Check> check,
        Optional<String> matched,
        Optional<Message> note,
        Optional<String> subnet,
        Optional<String> origin,
        Optional<String> via,
        Optional<String> eni,
        Optional<String> ip,
        Optional<String> node,
        Optional<String> azId,
        List<LosingRoute> notChosen,
        Optional<String> routeTable,
        Optional<String> translate,
        Map<String, Optional<String>> requestContext,
        Optional<Decision> decision,
        Optional<PacketHeader> leaving) {
    public Hop {
        Objects.requireNonNull(leaving, "leaving");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(eni, "eni");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(azId, "azId");
        notChosen = notChosen.isEmpty() ? List.of() : List.copyOf(notChosen);
        Objects.requireNonNull(routeTable, "routeTable");
        Objects.requireNonNull(translate, "translate");
        requestContext =
                requestContext.isEmpty()
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(requestContext));
    }

    /** A hop where nothing is checked: the packet passes the component. */
    public static Hop at(String id) {
        return builder(id).build();
    }

    /** Starts a hop at a component. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The typed decision if it is of the given kind. */
    public <D extends Decision> Optional<D> decision(Class<D> kind) {
        return decision.filter(kind::isInstance).map(kind::cast);
    }

    /** A copy to change one or two details. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.check = check.orElse(null);
        b.matched = matched.orElse(null);
        b.note = note.orElse(null);
        b.subnet = subnet.orElse(null);
        b.origin = origin.orElse(null);
        b.via = via.orElse(null);
        b.eni = eni.orElse(null);
        b.ip = ip.orElse(null);
        b.node = node.orElse(null);
        b.azId = azId.orElse(null);
        b.notChosen(notChosen);
        b.routeTable = routeTable.orElse(null);
        b.translate = translate.orElse(null);
        b.requestContext(requestContext);
        b.decision = decision.orElse(null);
        b.leaving = leaving.orElse(null);
        return b;
    }

    /** Builds hops; every detail is optional. */
    public static final class Builder {
        private final String id;
        private Check check;
        private String matched;
        private Message note;
        private String subnet;
        private String origin;
        private String via;
        private String eni;
        private String ip;
        private String node;
        private String azId;
        private List<LosingRoute> notChosen = List.of();
        private String routeTable;
        private String translate;
        private Map<String, Optional<String>> requestContext = Map.of();
        private Decision decision;
        private PacketHeader leaving;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder check(Check value) {
            check = value;
            return this;
        }

        /**
         * Text alone, for a hand-made trace (a sample in a test); the engine records {@link
         * #decided} instead.
         */
        public Builder matched(String value) {
            matched = value;
            return this;
        }

        public Builder note(Message value) {
            note = value;
            return this;
        }

        public Builder subnet(String value) {
            subnet = value;
            return this;
        }

        public Builder origin(String value) {
            origin = value;
            return this;
        }

        public Builder via(String value) {
            via = value;
            return this;
        }

        public Builder eni(String eniId, String address) {
            eni = eniId;
            ip = address;
            return this;
        }

        public Builder node(String address, String zoneId) {
            node = address;
            azId = zoneId;
            return this;
        }

        public Builder notChosen(List<LosingRoute> routes) {
            if (!routes.isEmpty()) {
                List<LosingRoute> all = new ArrayList<>(notChosen);
                all.addAll(routes);
                notChosen = all;
            }
            return this;
        }

        public Builder routeTable(String value) {
            routeTable = value;
            return this;
        }

        public Builder decision(Decision value) {
            decision = value;
            return this;
        }

        /**
         * The check's typed decision and, derived from it, its text ({@code matched}): the one way
         * the engine records what decided, so the two cannot disagree.
         */
        public Builder decided(Decision value) {
            decision = Objects.requireNonNull(value, "decision");
            matched = value.text();
            return this;
        }

        /** The header of the packet as it leaves the hop. */
        public Builder leaving(PacketHeader value) {
            leaving = value;
            return this;
        }

        public Builder translate(String value) {
            translate = value;
            return this;
        }

        public Builder requestContext(Map<String, Optional<String>> context) {
            if (!context.isEmpty()) {
                Map<String, Optional<String>> all = new LinkedHashMap<>(requestContext);
                all.putAll(context);
                requestContext = all;
            }
            return this;
        }

        public Hop build() {
            return new Hop(
                    id,
                    Optional.ofNullable(check),
                    Optional.ofNullable(matched),
                    Optional.ofNullable(note),
                    Optional.ofNullable(subnet),
                    Optional.ofNullable(origin),
                    Optional.ofNullable(via),
                    Optional.ofNullable(eni),
                    Optional.ofNullable(ip),
                    Optional.ofNullable(node),
                    Optional.ofNullable(azId),
                    notChosen,
                    Optional.ofNullable(routeTable),
                    Optional.ofNullable(translate),
                    requestContext,
                    Optional.ofNullable(decision),
                    Optional.ofNullable(leaving));
        }
    }
}
