package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.net.IpAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Network Load Balancer passing a flow to a target: listener, target group, a target in the
 * node's zone (or any zone with cross-zone load balancing). Targets see the node's private address
 * as the source (R-ES-5), unless client IP preservation keeps the client's (the target group's
 * {@code preserveClientIp}, on by default for instance targets; never for PrivateLink traffic,
 * whose source "is always the private IP address of the Network Load Balancer",
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html);
 * either way the reply goes back through the node, which tracks the flow.
 */
final class LoadBalancing {
    private final Walk walk;

    LoadBalancing(Walk walk) {
        this.walk = walk;
    }

    /** From an interface endpoint's ENI through the endpoint service to its NLB. */
    void throughPrivateLink(EndpointService svc, Iface eni, String eniAz, Packet packet) {
        walk.at(packet);
        Optional<NetworkLoadBalancer> nlb =
                svc.nlbs().stream()
                        .flatMap(
                                id ->
                                        walk
                                                .index
                                                .lab
                                                .component(id, NetworkLoadBalancer.class)
                                                .stream())
                        .min(
                                Comparator.comparing(
                                        (NetworkLoadBalancer n) ->
                                                n.nodes().stream()
                                                        .noneMatch(
                                                                node ->
                                                                        node.azId()
                                                                                .equals(eniAz))));
        if (nlb.isEmpty() || nlb.get().nodes().isEmpty()) {
            walk.block(
                    svc.id(),
                    ReasonCode.LOAD_BALANCER_NO_TARGET,
                    null,
                    List.of(),
                    Message.of("nlb.none", svc.id()),
                    Message.of("nlb.none.fix", svc.id()));
            return;
        }
        NetworkLoadBalancer.Node node =
                nlb.get().nodes().stream()
                        .filter(n -> n.azId().equals(eniAz))
                        .findFirst()
                        .orElse(nlb.get().nodes().get(0));
        Optional<Iface> nodeIface =
                walk.index.ifacesOf(nlb.get().id(), nlb.get().vpc()).stream()
                        .filter(i -> i.ip().equals(node.ip()))
                        .findFirst();
        if (nodeIface.isEmpty()) {
            walk.block(
                    nlb.get().id(),
                    ReasonCode.LOAD_BALANCER_NO_TARGET,
                    null,
                    List.of(),
                    Message.of("nlb.nodeNotPlaced", nlb.get().id()),
                    Message.of("nlb.nodeNotPlaced.fix"));
            return;
        }
        forward(nlb.get(), nodeIface.get(), packet, Optional.of(eni));
    }

    /** The node has the flow: security groups, listener, target; then on to the target. */
    void forward(NetworkLoadBalancer nlb, Iface node, Packet packet, Optional<Iface> endpointEni) {
        walk.at(packet);
        if (!nlb.securityGroups().isEmpty()
                && !walk.vpc.ingressAllowed(node, packet, List.of(nlb.id()))) {
            return;
        }
        Optional<NetworkLoadBalancer.Listener> listener =
                nlb.listeners().stream()
                        .filter(
                                l ->
                                        l.protocol().covers(packet.protocol())
                                                && l.port() == packet.dstPort())
                        .findFirst();
        if (listener.isEmpty()) {
            walk.hop(
                    Hop.builder(nlb.id())
                            .check(Check.LISTENER)
                            .decided(new Decision.NoMatch())
                            .node(node.ip().toString(), node.subnet().azId())
                            .build());
            walk.block(
                    nlb.id(),
                    ReasonCode.LOAD_BALANCER_NO_LISTENER,
                    null,
                    List.of(),
                    Message.of(
                            "reason.LOAD_BALANCER_NO_LISTENER.detail", VpcRouting.describe(packet)),
                    Message.of(
                            "reason.LOAD_BALANCER_NO_LISTENER.fix",
                            nlb.id(),
                            VpcRouting.describe(packet)));
            return;
        }
        Optional<NetworkLoadBalancer.TargetGroup> group =
                nlb.targetGroups().stream()
                        .filter(g -> g.id().equals(listener.get().targetGroup()))
                        .findFirst();
        Optional<Target> target = group.flatMap(g -> chooseTarget(nlb, g, node));
        NetworkLoadBalancer.Node nodeOf =
                nlb.nodes().stream()
                        .filter(n -> n.ip().equals(node.ip()))
                        .findFirst()
                        .orElseGet(
                                () ->
                                        new NetworkLoadBalancer.Node(
                                                node.subnet().id(),
                                                node.subnet().azId(),
                                                node.ip()));
        boolean preserve =
                target.isPresent() && endpointEni.isEmpty() && group.get().preservesClientIp();
        Decision.ListenerMatch match =
                new Decision.ListenerMatch(
                        listener.get(),
                        nodeOf,
                        target.map(t -> t.chosen(node.subnet().azId())),
                        preserve ? Optional.of(packet.src()) : Optional.empty());
        if (target.isEmpty()) {
            walk.hop(
                    Hop.builder(nlb.id())
                            .check(Check.LISTENER)
                            .decided(match)
                            .node(node.ip().toString(), node.subnet().azId())
                            .build());
            walk.block(
                    nlb.id(),
                    ReasonCode.LOAD_BALANCER_NO_TARGET,
                    null,
                    List.of(),
                    Message.of(
                            "reason.LOAD_BALANCER_NO_TARGET.detail",
                            listener.get().targetGroup(),
                            node.subnet().azId()),
                    Message.of("reason.LOAD_BALANCER_NO_TARGET.fix", listener.get().targetGroup()));
            return;
        }
        walk.hop(
                Hop.builder(nlb.id())
                        .check(Check.LISTENER)
                        .decided(match)
                        .node(node.ip().toString(), node.subnet().azId())
                        .translate(match.translateText().orElseThrow())
                        .build());
        walk.conntrack.put(nlb.id(), new Conntrack.NlbEntry(node, endpointEni, packet));
        if (preserve) {
            walk.conntrack.put(
                    PRESERVED + target.get().iface().owner(),
                    new Conntrack.PreservedEntry(nlb.id(), node));
        }
        Packet toTarget =
                new Packet(
                        preserve ? packet.src() : node.ip(),
                        target.get().iface().ip(),
                        packet.protocol(),
                        packet.srcPort(),
                        target.get().port(),
                        preserve ? packet.sender() : node);
        walk.vpc.sendFrom(node, toTarget, false);
    }

    private record Target(String id, Iface iface, int port) {
        /** The target as the listener's decision records it, seen from a node in {@code zone}. */
        Decision.ChosenTarget chosen(String zone) {
            String az = iface.subnet().azId();
            return new Decision.ChosenTarget(id, iface.ip(), port, az, !az.equals(zone));
        }
    }

    /** The conntrack key prefix of a target that received a flow with the client's address. */
    static final String PRESERVED = "nlb-preserved:";

    /**
     * A target's reply to a client whose address the load balancer preserved: it leaves the
     * target's subnet and goes back to the node that tracks the flow, which answers from its own
     * address.
     */
    void replyPreserved(Iface target, Packet reply, Conntrack.PreservedEntry entry) {
        walk.at(reply);
        walk.hop(target.owner());
        Optional<NetworkLoadBalancer> nlb =
                walk.index.lab.component(entry.nlb(), NetworkLoadBalancer.class);
        if (nlb.isEmpty()) {
            return;
        }
        if (!target.subnet().id().equals(entry.node().subnet().id())
                && !walk.vpc.naclPasses(target.subnet(), reply, true)) {
            return;
        }
        replyAtNode(nlb.get(), entry.node(), reply);
    }

    private Optional<Target> chooseTarget(
            NetworkLoadBalancer nlb, NetworkLoadBalancer.TargetGroup group, Iface node) {
        String zone = node.subnet().azId();
        return group.targets().stream()
                .flatMap(
                        t ->
                                // An ip target is an address in the load balancer's VPC.
                                IpAddress.tryParse(t.id())
                                        .flatMap(ip -> walk.index.ifaceAt(nlb.vpc(), ip))
                                        .or(() -> walk.index.ifaceOf(t.id()))
                                        .map(
                                                i ->
                                                        new Target(
                                                                t.id(),
                                                                i,
                                                                t.port() > 0
                                                                        ? t.port()
                                                                        : group.port()))
                                        .stream())
                .filter(t -> nlb.crossZone() || t.iface().subnet().azId().equals(zone))
                .min(Comparator.comparing((Target t) -> !t.iface().subnet().azId().equals(zone)));
    }

    /** The target's reply reached the node: back to the endpoint ENI or the direct client. */
    void replyAtNode(NetworkLoadBalancer nlb, Iface node, Packet packet) {
        walk.at(packet);
        Optional<Conntrack.NlbEntry> entry = walk.conntrack.get(nlb.id(), Conntrack.NlbEntry.class);
        walk.hop(nlb.id());
        if (entry.isEmpty()) {
            walk.deliver(
                    new Delivery(
                            nlb.id(),
                            Delivery.Kind.INTERFACE,
                            packet,
                            Optional.of(node),
                            Optional.empty()));
            return;
        }
        Packet client = entry.get().clientPacket();
        if (entry.get().endpointEni().isPresent()) {
            Iface eni = entry.get().endpointEni().get();
            walk.hop(Hop.builder(eni.owner()).eni(eni.eniId(), eni.ip().toString()).build());
            walk.vpc.sendFrom(
                    eni,
                    new Packet(
                            eni.ip(),
                            client.src(),
                            client.protocol(),
                            client.dstPort(),
                            client.srcPort(),
                            eni),
                    false);
            return;
        }
        walk.vpc.sendFrom(
                entry.get().node(),
                new Packet(
                        client.dst(),
                        client.src(),
                        client.protocol(),
                        client.dstPort(),
                        client.srcPort(),
                        entry.get().node()),
                false);
    }
}
