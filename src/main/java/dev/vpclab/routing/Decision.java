package dev.vpclab.routing;

import dev.vpclab.model.NaclRule;
import dev.vpclab.model.Route;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check decided at a hop, as a typed object rather than display text: code that needs the
 * rule, route or address behind a verdict reads it here; {@link Hop#matched()} is only its text.
 * Kinds are added one check at a time (see docs/decisions/typed-trace.md).
 */
public sealed interface Decision {

    /**
     * A network ACL evaluated a packet: the rule that matched, or none when only the implicit final
     * {@code *} deny applied.
     */
    record NaclRuleMatch(Optional<NaclRule> rule, boolean allowed) implements Decision {
        public NaclRuleMatch {
            Objects.requireNonNull(rule, "rule");
        }

        /** Whether only the implicit final deny ({@code rule *}) matched. */
        public boolean implicitDeny() {
            return rule.isEmpty();
        }
    }

    /**
     * A route table chose a route: the winner (none when no route matched), the prefix-list entry
     * it matched through, the routes that lost, and whether AWS breaks the tie at random.
     */
    record RouteChoice(
            Optional<Route> winner,
            Optional<Cidr> via,
            List<LosingRoute> notChosen,
            boolean randomTie)
            implements Decision {
        public RouteChoice {
            Objects.requireNonNull(winner, "winner");
            Objects.requireNonNull(via, "via");
            notChosen = List.copyOf(notChosen);
        }
    }

    /** Which address of the header a translation rewrote. */
    enum AddressField {
        SRC,
        DST
    }

    /** A gateway rewrote one address of the packet (NAT, or an internet gateway's 1:1 NAT). */
    record Translation(AddressField field, IpAddress from, IpAddress to) implements Decision {
        public Translation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** {@code src 10.0.1.10 -> 10.0.0.5}: the canonical text of the lab format. */
        public String text() {
            return (field == AddressField.SRC ? "src " : "dst ") + from + " -> " + to;
        }
    }
}
