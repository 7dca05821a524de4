package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.util.List;
import java.util.Optional;

/**
 * Moves a packet inside a VPC: out of an interface (security group, network ACL, route table), into
 * a subnet (network ACL) and onto an interface (security group), and through NAT gateways. Traffic
 * between interfaces of one subnet skips network ACLs and route tables (R-RT-11, R-NACL-2);
 * security groups are stateful and not checked on the reply (R-SG-2).
 */
final class VpcRouting {
    private final Walk walk;

    VpcRouting(Walk walk) {
        this.walk = walk;
    }

    /**
     * Sends a packet out of an interface. {@code selfHop} records the interface itself first (a NAT
     * or load balancer has already recorded its own hop).
     */
    void sendFrom(Iface from, Packet packet, boolean selfHop) {
        walk.at(packet);
        if (selfHop) {
            walk.hop(selfHop(from));
        }
        if (!walk.reply
                && (from.kind() == Iface.Kind.INSTANCE
                        || from.kind() == Iface.Kind.INSTANCE_CONNECT_ENDPOINT)) {
            Optional<Iface> receiver = walk.index.ifaceAt(from.vpc(), packet.dst());
            RuleCheck.SgResult sg = walk.rules.egress(from.securityGroups(), packet, receiver);
            if (!securityGroupPasses(sg, from, packet, true, List.of())) {
                return;
            }
        }
        Optional<Iface> sameSubnet =
                walk.index
                        .ifaceAt(from.vpc(), packet.dst())
                        .filter(i -> i.subnet().id().equals(from.subnet().id()) && !i.equals(from));
        if (sameSubnet.isPresent()) {
            arrive(sameSubnet.get(), packet, Origin.LOCAL);
            return;
        }
        if (!naclPasses(from.subnet(), packet, true)) {
            return;
        }
        routeFrom(from.subnet(), packet, Origin.LOCAL);
    }

    private Hop selfHop(Iface iface) {
        if (iface.kind() == Iface.Kind.ENDPOINT_ENI) {
            return Hop.builder(iface.owner()).eni(iface.eniId(), iface.ip().toString()).build();
        }
        return instanceHop(iface, false);
    }

    /**
     * The hop at an instance. On the reply it says that the instance's security groups let the
     * reply through because they track the connection (R-SG-2), not by a rule. The lab format's
     * golden scenarios compare the {@code (id, check)} pairs of the return path and list these hops
     * without a check, so the decision is recorded as the hop's typed decision and text ({@code
     * matched}) only.
     */
    Hop instanceHop(Iface iface, boolean inbound) {
        if (!walk.reply
                || iface.kind() != Iface.Kind.INSTANCE
                || iface.securityGroups().isEmpty()) {
            return Hop.at(iface.owner());
        }
        return Hop.builder(iface.owner())
                .decided(new Decision.ConnectionTracked(iface.securityGroups(), inbound))
                .build();
    }

    /** Looks the packet up in the route table of {@code subnet} and follows the winning route. */
    void routeFrom(Subnet subnet, Packet packet, Origin origin) {
        walk.at(packet);
        Optional<RouteTable> table =
                walk.index.lab.component(subnet.routeTable(), RouteTable.class);
        if (table.isEmpty()) {
            walk.block(
                    subnet.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("route.noTable", subnet.id(), subnet.routeTable()),
                    Message.of("route.noTable.fix", subnet.id()));
            return;
        }
        RouteTable rt = table.get();
        RouteDecision decision =
                walk.routes.lookup(rt.routes(), packet.dst(), Optional.of(rt.vpc()));
        Hop.Builder hop =
                Hop.builder(rt.id())
                        .check(Check.ROUTE)
                        .decided(decision.asDecision())
                        .notChosen(decision.notChosen());
        decision.via().ifPresent(v -> hop.via(v.toString()));
        if (decision.asDecision().propagated()) {
            hop.origin("propagated");
        }
        if (decision.randomTie()) {
            hop.note(Message.of("route.randomTie"));
        } else if (decision.winner().isEmpty()) {
            hop.note(Message.of("route.none", packet.dst()));
        }
        walk.hop(hop.build());
        if (!walk.enterTable(rt.id(), rt.id(), decision.matchedText(), packet)) {
            return;
        }
        if (decision.winner().isEmpty()) {
            walk.edges.noRoute(rt, packet);
            return;
        }
        follow(rt, decision.winner().get(), subnet, packet, origin);
    }

    private void follow(RouteTable rt, Route route, Subnet subnet, Packet packet, Origin origin) {
        walk.at(packet);
        if (route.isLocal()) {
            deliverLocal(rt.vpc(), packet, Optional.of(subnet), origin);
            return;
        }
        Optional<Component> target = walk.index.lab.component(route.target());
        if (target.isEmpty()) {
            walk.block(
                    rt.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    route.toString(),
                    List.of(),
                    Message.of("route.blackhole", route.target()),
                    Message.of("route.blackhole.fix", rt.id(), route));
            return;
        }
        Component c = target.get();
        if (c instanceof InternetGateway igw) {
            walk.edges.outThroughInternetGateway(igw, rt, packet);
        } else if (c instanceof EgressOnlyInternetGateway eigw) {
            walk.edges.outThroughEgressOnlyGateway(eigw, packet);
        } else if (c instanceof NatGateway nat) {
            toInterface(walk.index.ifaceOf(nat.id()), rt, subnet, packet, origin);
        } else if (c instanceof GatewayLoadBalancerEndpoint gwlbe) {
            walk.inspection.toEndpoint(gwlbe, rt, Optional.of(subnet), packet);
        } else if (c instanceof GatewayEndpoint gwe) {
            walk.endpoints.throughGatewayEndpoint(gwe, rt, packet, origin);
        } else if (c instanceof VpcPeering pcx) {
            walk.peering.throughPeering(pcx, rt.vpc(), packet);
        } else if (c instanceof TransitGateway tgw) {
            walk.transit.intoTransitGateway(tgw, rt.vpc(), subnet, packet);
        } else if (c instanceof VirtualPrivateGateway vgw) {
            walk.transit.outThroughVpn(vgw, packet);
        } else {
            // A route to an instance or ENI (a middlebox): the lab does not forward through
            // appliances, so say so instead of guessing.
            walk.block(
                    rt.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    route.toString(),
                    List.of(c.id()),
                    Message.of("route.unsupportedTarget", c.id(), c.kind().fileName()),
                    Message.of("route.unsupportedTarget.fix"));
        }
    }

    private void toInterface(
            Optional<Iface> iface, RouteTable rt, Subnet from, Packet packet, Origin origin) {
        walk.at(packet);
        if (iface.isEmpty()) {
            walk.block(
                    rt.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("route.targetNotPlaced"),
                    Message.of("route.targetNotPlaced.fix"));
            return;
        }
        enterSubnetAndArrive(iface.get(), packet, Optional.of(from), origin);
    }

    /**
     * Delivers a packet to the interface that owns its destination in a VPC, through the
     * interface's subnet network ACL unless it comes from that same subnet.
     */
    void deliverLocal(String vpcId, Packet packet, Optional<Subnet> from, Origin origin) {
        walk.at(packet);
        Optional<Iface> iface = walk.index.ifaceAt(vpcId, packet.dst());
        if (iface.isEmpty()) {
            walk.edges.nobodyHome(vpcId, packet);
            return;
        }
        enterSubnetAndArrive(iface.get(), packet, from, origin);
    }

    private void enterSubnetAndArrive(
            Iface iface, Packet packet, Optional<Subnet> from, Origin origin) {
        walk.at(packet);
        boolean sameSubnet = from.map(s -> s.id().equals(iface.subnet().id())).orElse(false);
        if (!sameSubnet && !naclPasses(iface.subnet(), packet, false)) {
            return;
        }
        arrive(iface, packet, origin);
    }

    /** The packet is at an interface: what happens depends on who owns it. */
    void arrive(Iface iface, Packet packet, Origin origin) {
        walk.at(packet);
        switch (iface.kind()) {
            case INSTANCE -> arriveAtInstance(iface, packet);
            case NAT_GATEWAY -> arriveAtNat(iface, packet);
            case ENDPOINT_ENI -> walk.endpoints.arriveAtInterfaceEndpoint(iface, packet);
            case NLB_NODE -> walk.endpoints.arriveAtLoadBalancer(iface, packet);
            case GWLB_ENDPOINT -> walk.inspection.addressedToEndpoint(iface);
            case INSTANCE_CONNECT_ENDPOINT -> walk.instanceConnect.arrive(iface, packet);
        }
    }

    private void arriveAtInstance(Iface iface, Packet packet) {
        walk.at(packet);
        if (!walk.reply && !ingressAllowed(iface, packet, List.of())) {
            return;
        }
        walk.hop(instanceHop(iface, true));
        walk.deliver(
                new Delivery(
                        iface.owner(),
                        Delivery.Kind.INTERFACE,
                        packet,
                        Optional.of(iface),
                        Optional.empty()));
    }

    /** Checks the receiving interface's security groups; records the hop; false if blocked. */
    boolean ingressAllowed(Iface iface, Packet packet, List<String> related) {
        walk.at(packet);
        RuleCheck.SgResult sg = walk.rules.ingress(iface.securityGroups(), packet);
        return securityGroupPasses(sg, iface, packet, false, related);
    }

    /**
     * Records a security group hop (outbound rules of the sender, or inbound rules of the receiver)
     * and blocks the walk when no rule allows the packet (R-SG-1).
     */
    private boolean securityGroupPasses(
            RuleCheck.SgResult sg,
            Iface iface,
            Packet packet,
            boolean egress,
            List<String> related) {
        walk.at(packet);
        String id = sg.groupId().isEmpty() ? iface.owner() : sg.groupId();
        IpAddress peer = egress ? packet.dst() : packet.src();
        walk.hop(
                Hop.builder(id)
                        .check(egress ? Check.EGRESS : Check.INGRESS)
                        .decided(sg.decision())
                        .via(sg.decision().via().map(Cidr::toString).orElse(null))
                        .note(
                                sg.allowed()
                                        ? null
                                        : Message.of(
                                                egress ? "sg.noEgress" : "sg.noIngress",
                                                describe(packet),
                                                peer))
                        .build());
        if (!sg.allowed()) {
            ReasonCode reason =
                    egress
                            ? ReasonCode.SECURITY_GROUP_NO_EGRESS_RULE
                            : ReasonCode.SECURITY_GROUP_NO_INGRESS_RULE;
            String code = reason.name();
            walk.block(
                    id,
                    reason,
                    null,
                    related,
                    Message.of("reason." + code + ".detail", describe(packet), peer),
                    Message.of("reason." + code + ".fix", id, describe(packet), peer));
        }
        return sg.allowed();
    }

    private void arriveAtNat(Iface natIface, Packet packet) {
        walk.at(packet);
        NatGateway nat = walk.index.lab.component(natIface.owner(), NatGateway.class).orElseThrow();
        if (walk.reply) {
            Optional<Conntrack.NatEntry> entry =
                    walk.conntrack.get(nat.id(), Conntrack.NatEntry.class);
            if (entry.isPresent() && packet.dst().equals(nat.privateIp())) {
                Decision.Translation back =
                        new Decision.Translation(
                                Decision.AddressField.DST,
                                nat.privateIp(),
                                entry.get().originalSrc());
                walk.hop(Hop.builder(nat.id()).check(Check.TRANSLATE).decided(back).build());
                sendFrom(natIface, packet.withDst(entry.get().originalSrc()), false);
                return;
            }
        }
        if (packet.dst().equals(nat.privateIp()) || packet.version() == IpVersion.V6) {
            Decision.NoMatch nothing = new Decision.NoMatch();
            walk.hop(Hop.builder(nat.id()).check(Check.TRANSLATE).decided(nothing).build());
            walk.block(
                    nat.id(),
                    ReasonCode.NAT_GATEWAY_UNSUPPORTED_TRAFFIC,
                    null,
                    List.of(),
                    Message.of(
                            packet.version() == IpVersion.V6
                                    ? "reason.NAT_GATEWAY_UNSUPPORTED_TRAFFIC.ipv6"
                                    : "reason.NAT_GATEWAY_UNSUPPORTED_TRAFFIC.inbound",
                            nat.id()),
                    Message.of("reason.NAT_GATEWAY_UNSUPPORTED_TRAFFIC.fix"));
            return;
        }
        Decision.Translation out =
                new Decision.Translation(
                        Decision.AddressField.SRC,
                        packet.src(),
                        nat.privateIp(),
                        Optional.of(new Decision.AddressOwner(nat.id(), false)));
        walk.hop(Hop.builder(nat.id()).check(Check.TRANSLATE).decided(out).build());
        walk.conntrack.put(nat.id(), new Conntrack.NatEntry(packet.src(), packet.sender()));
        sendFrom(natIface, packet.withSrc(nat.privateIp(), natIface), false);
    }

    /** Checks a subnet's network ACL at its boundary; records the hop; false if denied. */
    boolean naclPasses(Subnet subnet, Packet packet, boolean leaving) {
        walk.at(packet);
        Optional<NetworkAcl> acl = walk.index.lab.component(subnet.nacl(), NetworkAcl.class);
        if (acl.isEmpty()) {
            return true; // a dangling reference is a validation error; do not invent a verdict
        }
        RuleCheck.NaclResult result = walk.rules.nacl(acl.get(), packet, leaving);
        walk.hop(
                Hop.builder(acl.get().id())
                        .check(leaving ? Check.OUTBOUND : Check.INBOUND)
                        .decided(result.decision())
                        .subnet(subnet.id())
                        .note(
                                result.allowed()
                                        ? result.note()
                                                .filter(n -> n.key().startsWith("nacl.prefix"))
                                                .orElse(null)
                                        : result.note().orElse(null))
                        .build());
        if (!result.allowed()) {
            walk.block(
                    acl.get().id(),
                    ReasonCode.NACL_DENY,
                    result.matched(),
                    List.of(),
                    Message.of(
                            walk.reply ? "reason.NACL_DENY.detailReply" : "reason.NACL_DENY.detail",
                            result.matched(),
                            Message.of(leaving ? "direction.outbound" : "direction.inbound"),
                            subnet.id()),
                    Message.of(
                            "reason.NACL_DENY.fix",
                            acl.get().id(),
                            Message.of(leaving ? "direction.outbound" : "direction.inbound"),
                            describe(packet),
                            leaving ? packet.dst() : packet.src()));
        }
        return result.allowed();
    }

    /** {@code tcp 443} or {@code icmp}: the traffic as rules see it. */
    static String describe(Packet packet) {
        return packet.protocol() + (packet.protocol().hasPorts() ? " " + packet.dstPort() : "");
    }

    /** The VPC of a subnet, for messages. */
    Optional<Vpc> vpcOf(Subnet subnet) {
        return walk.index.vpc(subnet.vpc());
    }
}
