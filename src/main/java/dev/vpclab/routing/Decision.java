package dev.vpclab.routing;

import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Policy;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
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
     * The canonical text of the decision, which the hop records as {@code matched} (the JSON trace
     * format of spec/lab-format.md fixes these forms); {@code EveryHopDecidesTest} checks that
     * every hop's text is its decision's.
     */
    String text();

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
     *
     * @param family the address family of the peer address (the implicit rule's range is {@code
     *     0.0.0.0/0} or {@code ::/0})
     */
    record NaclRuleMatch(Optional<NaclRule> rule, boolean allowed, IpVersion family)
            implements Decision {
        public NaclRuleMatch {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(family, "family");
        }

        /** {@code rule 100: allow tcp 443 0.0.0.0/0}, or {@code rule *: deny all 0.0.0.0/0}. */
        public String text() {
            return rule.map(NaclRule::toString).orElse("rule *: deny all " + Cidr.any(family));
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

        /** {@code <destination> -> <target>}, or {@code none}. */
        public String text() {
            return winner.map(Route::toString).orElse("none");
        }

        /** Whether the winning route is a transit gateway blackhole route, which drops. */
        public boolean blackhole() {
            return winner.map(Route::isBlackhole).orElse(false);
        }

        /** Whether the winning route was propagated (from a VPN or an attachment). */
        public boolean propagated() {
            return winner.map(r -> r.origin() == RouteOrigin.PROPAGATED).orElse(false);
        }
    }

    /** Which address of the header a translation rewrote. */
    enum AddressField {
        SRC,
        DST
    }

    /**
     * Whose address a translation wrote, when its text names it: a NAT gateway's private IP, or the
     * Elastic IP of a NAT gateway (an internet gateway's 1:1 NAT).
     */
    record AddressOwner(String gateway, boolean elasticIp) {
        public AddressOwner {
            Objects.requireNonNull(gateway, "gateway");
        }

        /** {@code (nat-a private IP)} or {@code (Elastic IP of nat-a)}. */
        String text() {
            return elasticIp ? "(Elastic IP of " + gateway + ")" : "(" + gateway + " private IP)";
        }
    }

    /**
     * A gateway rewrote one address of the packet (NAT, or an internet gateway's 1:1 NAT).
     *
     * @param owner whose address {@code to} is, when the text names it
     */
    record Translation(
            AddressField field, IpAddress from, IpAddress to, Optional<AddressOwner> owner)
            implements Decision {
        public Translation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(owner, "owner");
        }

        /** A translation whose text names no owner. */
        public Translation(AddressField field, IpAddress from, IpAddress to) {
            this(field, from, to, Optional.empty());
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

        /**
         * {@code src 10.0.1.10 -> 10.0.0.5 (nat-a private IP)}: the canonical text of the lab
         * format.
         */
        public String text() {
            return (field == AddressField.SRC ? "src " : "dst ")
                    + from
                    + " -> "
                    + to
                    + owner.map(o -> " " + o.text()).orElse("");
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
     * An internet gateway found no public address to translate the private source to: the sender
     * has no public IPv4 or Elastic IP, or it is a private NAT gateway, which cannot have one
     * (R-IGW-1).
     *
     * @param privateNatGateway the private NAT gateway that sent the packet, if one did
     */
    record NoPublicAddress(IpAddress source, Optional<String> privateNatGateway)
            implements Decision {
        public NoPublicAddress {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(privateNatGateway, "privateNatGateway");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code no public IPv4 or Elastic IP is associated with 10.0.1.10}, or the NAT case. */
        public String text() {
            return privateNatGateway.isPresent()
                    ? source + " has no public IP: private NAT gateways cannot have an Elastic IP"
                    : "no public IPv4 or Elastic IP is associated with " + source;
        }
    }

    /** What an egress-only internet gateway does with a packet, by its direction (R-EIGW-1). */
    enum EgressOnlyCase {
        /** An IPv4 packet: the gateway carries IPv6 only. */
        IPV4_NOT_CARRIED,
        /** An outbound IPv6 packet: allowed, and its replies come back. */
        OUTBOUND,
        /** The reply to an outbound IPv6 connection: allowed. */
        REPLY,
        /** An inbound IPv6 connection attempt from the internet: dropped. */
        INBOUND_ATTEMPT
    }

    /** An egress-only internet gateway decided by the packet's family and direction. */
    record EgressOnlyDirection(EgressOnlyCase direction) implements Decision {
        public EgressOnlyDirection {
            Objects.requireNonNull(direction, "direction");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** Whether the gateway carries the packet. */
        public boolean carries() {
            return direction == EgressOnlyCase.OUTBOUND || direction == EgressOnlyCase.REPLY;
        }

        /** {@code outbound IPv6: allowed; replies come back (stateful)}, ... */
        public String text() {
            return switch (direction) {
                case IPV4_NOT_CARRIED -> "IPv4: not carried";
                case OUTBOUND -> "outbound IPv6: allowed; replies come back (stateful)";
                case REPLY -> "reply to an outbound IPv6 connection: allowed (stateful)";
                case INBOUND_ATTEMPT -> "inbound IPv6 connection attempt from the internet";
            };
        }
    }

    /**
     * A VPC peering connection or a virtual private gateway delivers only inside its VPC, and the
     * destination is outside it (R-PEER-3, R-VPN-1).
     *
     * @param vpc the VPC the connection delivers to
     * @param cidr the VPC's CIDR of the destination's family, when the VPC is known
     */
    record OutsideVpc(IpAddress destination, String vpc, Optional<Cidr> cidr) implements Decision {
        public OutsideVpc {
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(vpc, "vpc");
            Objects.requireNonNull(cidr, "cidr");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code 10.2.1.10 is outside vpc-b (10.1.0.0/16)}. */
        public String text() {
            return destination + " is outside " + vpc + cidr.map(c -> " (" + c + ")").orElse("");
        }
    }

    /**
     * A gateway endpoint carries only its own service in its own Region: the destination is not in
     * the endpoint's prefix list (R-GW-5, R-RT-8).
     */
    record NotInPrefixList(IpAddress destination, String prefixList, String endpoint)
            implements Decision {
        public NotInPrefixList {
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(prefixList, "prefixList");
            Objects.requireNonNull(endpoint, "endpoint");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code 52.218.40.10 is not in pl-s3-use1 (the prefix list of vpce-s3-gw)}. */
        public String text() {
            return destination
                    + " is not in "
                    + prefixList
                    + " (the prefix list of "
                    + endpoint
                    + ")";
        }
    }

    /**
     * A gateway endpoint carries only packets that start at an interface of its VPC; this one
     * arrived through a connection from outside (R-GW-6).
     *
     * @param through the attachment, peering or gateway the packet came in by
     */
    record ArrivedFromOutside(IpAddress source, String through, String vpc) implements Decision {
        public ArrivedFromOutside {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(through, "through");
            Objects.requireNonNull(vpc, "vpc");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code packet from 10.1.1.10 arrived through tgw-att-hub, not from an ENI of vpc-a}. */
        public String text() {
            return "packet from "
                    + source
                    + " arrived through "
                    + through
                    + ", not from an ENI of "
                    + vpc;
        }
    }

    /**
     * The target a load balancer node chose in a target group.
     *
     * @param target the target's id (an instance or ENI)
     * @param address the target's private address
     * @param port the port the node sends to (the target's, else the group's)
     * @param crossZone whether the target is in another zone than the node (cross-zone load
     *     balancing)
     */
    record ChosenTarget(
            String target, IpAddress address, int port, String azId, boolean crossZone) {
        public ChosenTarget {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(azId, "azId");
        }
    }

    /**
     * A Network Load Balancer's listener took the flow: the listener, the node that received it and
     * the target it chose, or none when the group has no registered target the node may use (in its
     * zone, unless cross-zone load balancing is on).
     */
    record ListenerMatch(
            NetworkLoadBalancer.Listener listener,
            NetworkLoadBalancer.Node node,
            Optional<ChosenTarget> target,
            Optional<IpAddress> preservedClient)
            implements Decision {
        public ListenerMatch {
            Objects.requireNonNull(listener, "listener");
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(preservedClient, "preservedClient");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code tcp 443 -> tg-app}. */
        public String text() {
            return listener.protocol() + " " + listener.port() + " -> " + listener.targetGroup();
        }

        /**
         * {@code src -> 10.1.1.50 (NLB node private IP)} when the node passes the flow on: targets
         * see the node's address as the source (R-ES-5); {@code src 10.0.1.10 kept (client IP
         * preservation)} when the client's address is preserved.
         */
        public Optional<String> translateText() {
            return target.map(
                    t ->
                            preservedClient
                                    .map(c -> "src " + c + " kept (client IP preservation)")
                                    .orElse("src -> " + node.ip() + " (NLB node private IP)"));
        }
    }

    /**
     * A transit gateway attachment has no subnet in the sender's Availability Zone, so the transit
     * gateway cannot take traffic from that zone (R-TGW-1).
     */
    record NoAttachmentInZone(String azId, String attachment) implements Decision {
        public NoAttachmentInZone {
            Objects.requireNonNull(azId, "azId");
            Objects.requireNonNull(attachment, "attachment");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code no attachment subnet in use1-az2}. */
        public String text() {
            return "no attachment subnet in " + azId;
        }
    }

    /**
     * An endpoint service is not available in the zone of the interface endpoint's ENI (R-ES-7).
     *
     * @param zones the zone ids the service is available in
     */
    record ServiceNotInZone(String eniZone, String service, List<String> zones)
            implements Decision {
        public ServiceNotInZone {
            Objects.requireNonNull(eniZone, "eniZone");
            Objects.requireNonNull(service, "service");
            zones = List.copyOf(zones);
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code ENI in use1-az6; vpce-svc-app is available in use1-az1, use1-az2}. */
        public String text() {
            return "ENI in "
                    + eniZone
                    + "; "
                    + service
                    + " is available in "
                    + String.join(", ", zones);
        }
    }

    /**
     * An endpoint service in another Region does not list the consumer's Region among those it
     * supports.
     *
     * @param supportedRegions the other Regions the service supports
     */
    record RegionNotSupported(
            String endpointRegion,
            String service,
            String serviceRegion,
            List<String> supportedRegions)
            implements Decision {
        public RegionNotSupported {
            Objects.requireNonNull(endpointRegion, "endpointRegion");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(serviceRegion, "serviceRegion");
            supportedRegions = List.copyOf(supportedRegions);
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code endpoint in us-west-2; vpce-svc-app in us-east-1 supports no other Region}. */
        public String text() {
            return "endpoint in "
                    + endpointRegion
                    + "; "
                    + service
                    + " in "
                    + serviceRegion
                    + " supports "
                    + (supportedRegions.isEmpty()
                            ? "no other Region"
                            : String.join(", ", supportedRegions));
        }
    }

    /**
     * A reply crossed an instance's security groups without their rules being evaluated, because
     * the groups track the connection the request opened (R-SG-2): "the response traffic for that
     * request is allowed to reach the instance regardless of the inbound security group rules", and
     * responses to allowed inbound traffic leave "regardless of the outbound rules".
     *
     * @param groups the instance's security groups
     * @param inbound true where the reply arrives at the instance that sent the request, false
     *     where it leaves the instance that received it
     */
    record ConnectionTracked(List<String> groups, boolean inbound) implements Decision {
        public ConnectionTracked {
            groups = List.copyOf(groups);
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code reply admitted by sg-a: tracked connection (stateful)}. */
        public String text() {
            return "reply "
                    + (inbound ? "admitted by " : "let out by ")
                    + String.join(", ", groups)
                    + ": tracked connection (stateful)";
        }
    }

    /**
     * An EC2 Instance Connect Endpoint looked at the port of a connection: it tunnels TCP 22 (SSH)
     * and 3389 (RDP) only (R-EICE-1).
     *
     * @param clientIpPreserved whether the connection keeps the client's address as its source
     */
    record InstanceConnectPort(
            dev.vpclab.net.Protocol protocol, int port, boolean clientIpPreserved)
            implements Decision {
        public InstanceConnectPort {
            Objects.requireNonNull(protocol, "protocol");
        }

        /** Whether the endpoint carries the connection. */
        public boolean supported() {
            return InstanceConnectRouting.tunnels(protocol, port);
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code tcp 22: tunnelled, client IP preserved}, {@code tcp 443: not tunnelled ...}. */
        public String text() {
            String what = protocol + (protocol.hasPorts() ? " " + port : "");
            if (!supported()) {
                return what + ": not tunnelled (tcp 22 and 3389 only)";
            }
            return what + ": tunnelled" + (clientIpPreserved ? ", client IP preserved" : "");
        }
    }

    /** An interface endpoint got a ping: interface endpoints do not answer ICMP. */
    record PingNotAnswered() implements Decision {
        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code interface endpoints do not respond to ping}. */
        public String text() {
            return "interface endpoints do not respond to ping";
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

    /**
     * A Gateway Load Balancer endpoint handed the packet, unchanged, through its endpoint service
     * to the service's load balancer, or took it back once an appliance returned it (R-GWLB-2).
     */
    record InspectionHandOff(String service, String loadBalancer, boolean returned)
            implements Decision {
        public InspectionHandOff {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(loadBalancer, "loadBalancer");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code to gwlb-inspect via vpce-svc-inspect}, or {@code back from gwlb-inspect}. */
        public String text() {
            return returned
                    ? "back from " + loadBalancer
                    : "to " + loadBalancer + " via " + service;
        }
    }

    /**
     * A Gateway Load Balancer chose the appliance for the flow (R-GWLB-1): a healthy target in the
     * node's zone (any zone with cross-zone load balancing), the same one for both directions of a
     * flow; none when it has no healthy target to use.
     *
     * @param node the load balancer node in the endpoint's zone
     * @param sticky whether the flow was already on this appliance (the reply of a flow)
     */
    record ApplianceChoice(
            NetworkLoadBalancer.Node node, Optional<ChosenTarget> appliance, boolean sticky)
            implements Decision {
        public ApplianceChoice {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(appliance, "appliance");
        }

        @Override
        public boolean nothingMatched() {
            return appliance.isEmpty();
        }

        /** {@code geneve udp 6081 -> i-appliance-1}, or {@code none}. */
        public String text() {
            return appliance
                    .map(a -> "geneve udp " + a.port() + " -> " + a.target())
                    .orElse("none");
        }
    }

    /**
     * An appliance took the GENEVE-encapsulated packet from the load balancer node and returned it
     * with its inner addresses unchanged (R-GWLB-3).
     *
     * @param node the address of the load balancer node the appliance exchanges GENEVE with
     */
    record Inspected(String appliance, IpAddress node) implements Decision {
        public Inspected {
            Objects.requireNonNull(appliance, "appliance");
            Objects.requireNonNull(node, "node");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code inspected, returned to 10.100.1.5}. */
        public String text() {
            return "inspected, returned to " + node;
        }
    }

    /**
     * Inspection saw only one direction of a flow: the reply came to a Gateway Load Balancer that
     * never had the request, or the request went through one and the reply bypassed it (R-GWLB-1).
     * A stateful appliance drops such a flow.
     *
     * @param sawRequest whether the load balancer carried the request (and the reply bypassed it)
     */
    record OneWayInspection(String loadBalancer, boolean sawRequest) implements Decision {
        public OneWayInspection {
            Objects.requireNonNull(loadBalancer, "loadBalancer");
        }

        @Override
        public boolean nothingMatched() {
            return false;
        }

        /** {@code request only} or {@code reply only}: which direction the appliance saw. */
        public String text() {
            return sawRequest ? "request only" : "reply only";
        }
    }
}
