package dev.vpclab.routing;

import dev.vpclab.model.NaclRule;
import dev.vpclab.model.Policy;
import dev.vpclab.model.Route;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a check decided at a hop, as a typed object rather than display text: code that needs the
 * rule, route or address behind a verdict reads it here; {@link Hop#matched()} is only its text.
 * See docs/decisions/0005-typed-trace-and-kind-table.md.
 */
public sealed interface Decision {

    /**
     * Whether the check found nothing that applies (no route, no rule, no statement, no listener),
     * the case the canonical text spells {@code none}; views branch on this, never on the text.
     */
    boolean nothingMatched();

    /**
     * A check that found nothing to apply and records nothing else: a NAT gateway with nothing to
     * translate, a load balancer with no listener for the port.
     */
    record NoMatch() implements Decision {
        @Override
        public boolean nothingMatched() {
            return true;
        }

        /** {@code none}: the canonical text. */
        public String text() {
            return "none";
        }
    }

    /**
     * A network ACL evaluated a packet: the rule that matched, or none when only the implicit final
     * {@code *} deny applied.
     */
    record NaclRuleMatch(Optional<NaclRule> rule, boolean allowed) implements Decision {
        public NaclRuleMatch {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public boolean nothingMatched() {
            return false;
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

        @Override
        public boolean nothingMatched() {
            return winner.isEmpty();
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

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** The header with the translated address rewritten. */
        public PacketHeader applyTo(PacketHeader h) {
            return field == AddressField.SRC
                    ? new PacketHeader(h.protocol(), to, h.dst(), h.srcPort(), h.dstPort())
                    : new PacketHeader(h.protocol(), h.src(), to, h.srcPort(), h.dstPort());
        }

        /** {@code src 10.0.1.10 -> 10.0.0.5}: the canonical text of the lab format. */
        public String text() {
            return (field == AddressField.SRC ? "src " : "dst ") + from + " -> " + to;
        }
    }

    /**
     * A security group evaluated a packet: the group and rule that allowed it, or no rule (security
     * groups only allow; a packet no rule allows is dropped). {@code via} is the prefix-list entry
     * that held the peer address, for a rule on a prefix list.
     */
    record SecurityGroupMatch(
            String group, boolean outbound, Optional<SecurityGroupRule> rule, Optional<Cidr> via)
            implements Decision {
        public SecurityGroupMatch {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(via, "via");
        }

        @Override
        public boolean nothingMatched() {
            return !allowed();
        }

        public boolean allowed() {
            return rule.isPresent();
        }

        /** {@code allow tcp 443 <- sg-app}, or {@code none}: the canonical text. */
        public String text() {
            return rule.map(
                            r ->
                                    "allow "
                                            + r.describeTraffic()
                                            + (outbound ? " -> " : " <- ")
                                            + r.peer())
                    .orElse("none");
        }
    }

    /** What a policy decided about a request. */
    enum PolicyOutcome {
        /** The default endpoint policy: full access. */
        DEFAULT_FULL_ACCESS,
        /** A statement allowed and none denied. */
        ALLOWED,
        /** A statement denied: an explicit deny wins over any allow. */
        EXPLICIT_DENY,
        /** No statement applied: denied by omission. */
        IMPLICIT_DENY,
        /** The resource has no policy of its own. */
        NO_POLICY
    }

    /**
     * An endpoint or resource policy evaluated a request: the outcome and the deciding statement
     * with its position in the document (for an allow or an explicit deny).
     */
    record PolicyMatch(
            PolicyOutcome outcome, Optional<Policy.Statement> statement, OptionalInt index)
            implements Decision {
        public PolicyMatch {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public boolean nothingMatched() {
            return switch (outcome) {
                case DEFAULT_FULL_ACCESS, NO_POLICY -> false;
                case ALLOWED, EXPLICIT_DENY -> statement.isEmpty();
                case IMPLICIT_DENY -> true;
            };
        }

        public static PolicyMatch of(PolicyOutcome outcome) {
            return new PolicyMatch(outcome, Optional.empty(), OptionalInt.empty());
        }

        public static PolicyMatch by(PolicyOutcome outcome, Policy.Statement s, int index) {
            return new PolicyMatch(outcome, Optional.of(s), OptionalInt.of(index));
        }

        /** Whether the request may go on. */
        public boolean allows() {
            return outcome != PolicyOutcome.EXPLICIT_DENY && outcome != PolicyOutcome.IMPLICIT_DENY;
        }

        /** {@code Allow AllowRead}, {@code default policy: allow all}, {@code none}, ... */
        public String text() {
            return switch (outcome) {
                case DEFAULT_FULL_ACCESS -> "default policy: allow all";
                case ALLOWED, EXPLICIT_DENY ->
                        statement.map(Policy.Statement::label).orElse("none");
                case IMPLICIT_DENY -> "none";
                case NO_POLICY -> "no resource policy";
            };
        }
    }

    /** Why a DNS query got no usable answer. */
    enum DnsFailure {
        /** No resolver answered (the VPC's DNS support is off, or the client has no resolver). */
        NO_ANSWER,
        /** The resolver answered, but no record holds the name (for the packet's family). */
        NO_RECORD
    }

    /**
     * The DNS look-up of a flow's destination name, recorded on the hop where it failed: the full
     * resolution (resolver, its VPC, answer addresses and kind) and why it failed.
     */
    record DnsAnswer(DnsResolution resolution, DnsFailure failure, Optional<IpAddress> server)
            implements Decision {
        public DnsAnswer {
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(server, "server");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** The canonical text of the DNS hop. */
        public String text() {
            if (failure == DnsFailure.NO_RECORD) {
                return "no record answers " + resolution.name();
            }
            return server.map(
                            a ->
                                    "query to the Amazon-provided DNS server (169.254.169.253 / "
                                            + a
                                            + ") gets no answer")
                    .orElse("query to " + resolution.resolver() + " gets no answer");
        }
    }

    /**
     * The state of a connection a packet needs (a peering connection, an interface endpoint's
     * connection to its service): traffic passes only in {@code active}/{@code available}.
     */
    record ConnectionState(String state, boolean carries) implements Decision {
        public ConnectionState {
            Objects.requireNonNull(state, "state");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code state active}: the canonical text. */
        public String text() {
            return "state " + state;
        }
    }

    /**
     * An endpoint service's allowed principals decided whether a consumer may connect.
     *
     * @param principal the consumer's account principal
     */
    record Permission(String principal, boolean allowed) implements Decision {
        public Permission {
            Objects.requireNonNull(principal, "principal");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /**
         * {@code principal X allowed; connection accepted}, or, for an accepted connection whose
         * principal was removed since, that it keeps working (permissions apply to new connections
         * only).
         */
        public String text() {
            return "principal "
                    + principal
                    + (allowed
                            ? " allowed; connection accepted"
                            : " no longer allowed; the connection accepted earlier keeps working");
        }
    }

    /**
     * A Direct Connect virtual interface carried the packet between an on-premises router and AWS
     * (R-DX-1): its type and the gateway it is attached to on the AWS side (none for a public one,
     * which reaches AWS public addresses).
     */
    record VirtualInterfaceHop(String virtualInterface, String type, Optional<String> gateway)
            implements Decision {
        public VirtualInterfaceHop {
            Objects.requireNonNull(virtualInterface, "virtualInterface");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(gateway, "gateway");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code private virtual interface to vgw-main}: the canonical text. */
        public String text() {
            return type + " virtual interface to " + gateway.orElse("AWS public addresses");
        }
    }

    /**
     * A Direct Connect gateway chose where the packet goes (R-DX-2): towards AWS, the associated
     * gateway whose VPC (or attached network) holds the destination; towards on-premises, the
     * virtual interface whose network holds it. None when nothing it connects holds the address: it
     * never carries traffic from one association to another.
     *
     * @param gateway the Direct Connect gateway
     * @param next the association or virtual interface it hands the packet to
     * @param holding the block of that side that holds the destination
     */
    record DirectConnectGatewayRoute(String gateway, Optional<String> next, Optional<Cidr> holding)
            implements Decision {
        public DirectConnectGatewayRoute {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(next, "next");
            Objects.requireNonNull(holding, "holding");
        }

        @Override
        public boolean nothingMatched() {
            return next.isEmpty();
        }

        /**
         * {@code 10.0.0.0/16 -> vgw-main}, {@code association tgw-main} (a transit gateway, which
         * routes on by its own table), or {@code none}: the canonical text.
         */
        public String text() {
            return next.map(n -> holding.map(c -> c + " -> " + n).orElse("association " + n))
                    .orElse("none");
        }
    }
}
