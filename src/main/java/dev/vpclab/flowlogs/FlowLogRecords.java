package dev.vpclab.flowlogs;

import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Leg;
import dev.vpclab.routing.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The flow log records each network interface on a trace's path would write: the source instance's
 * egress, a NAT gateway's ingress and egress (its own address in {@code srcaddr} or {@code
 * dstaddr}, the original ones in {@code pkt-srcaddr}/{@code pkt-dstaddr}), an endpoint interface's
 * or the destination's ingress, then the same interfaces for the reply. A packet a security group
 * or network ACL drops is logged {@code REJECT} by the interface it was leaving or reaching, and
 * nothing after it is logged.
 *
 * <p>Instances have no interface id in the lab, so their interface is named {@code eni-<instance
 * id>}, a NAT gateway's {@code eni-<gateway id>}. Packet and byte counts and times are
 * illustrative.
 */
public final class FlowLogRecords {
    private static final String PACKETS = "10";
    private static final String BYTES = "5200";
    private static final String START = "1700000000";
    private static final String END = "1700000060";

    private FlowLogRecords() {}

    /** An interface on the path. */
    private record Eni(
            String id,
            String owner,
            boolean instance,
            String ip,
            String subnet,
            String vpc,
            String account) {}

    /** The records of a traced flow in its lab, in the order the packets pass the interfaces. */
    public static List<FlowLogRecord> of(Lab lab, Trace trace) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(trace, "trace");
        return new Builder(lab, trace).build();
    }

    private static final class Builder {
        private final Lab lab;
        private final Trace trace;
        private final List<FlowLogRecord> out = new ArrayList<>();
        private final List<FlowLogRecord> forward = new ArrayList<>();
        private final String sport;
        private final String dport;
        private final String proto;

        Builder(Lab lab, Trace trace) {
            this.lab = lab;
            this.trace = trace;
            this.sport = String.valueOf(trace.flow().effectiveSourcePort());
            this.dport = String.valueOf(trace.flow().destinationPort());
            this.proto =
                    switch (trace.flow().protocol()) {
                        case TCP -> "6";
                        case UDP -> "17";
                        case ICMP -> "1";
                        default -> "-";
                    };
        }

        List<FlowLogRecord> build() {
            Optional<String> client = address(trace.flow().from());
            Optional<String> server =
                    trace.dns()
                            .filter(d -> !d.answer().isEmpty())
                            .map(d -> d.answer().get(0).toString())
                            .or(() -> address(trace.flow().to()));
            if (client.isEmpty() || server.isEmpty()) {
                return List.of();
            }
            Optional<BlockedAt> blocked = trace.blockedAt();
            String src = client.get();
            String dst = server.get();
            List<Hop> path = trace.path();
            Optional<String> lbTarget = Optional.empty();
            for (int i = 0; i < path.size(); i++) {
                Hop hop = path.get(i);
                Optional<Component> c = lab.component(hop.id());
                if (c.isEmpty()) {
                    continue;
                }
                if (c.get() instanceof Instance inst && i == 0) {
                    Eni e = eni(inst);
                    forward.add(record(e, src, dst, src, dst, "egress", pathAfter(path, i, true)));
                } else if (c.get() instanceof NatGateway nat
                        && hop.decision().orElse(null) instanceof Decision.Translation) {
                    Eni e = eni(nat);
                    forward.add(record(e, src, e.ip(), src, dst, "ingress", "-"));
                    forward.add(
                            record(
                                    e,
                                    e.ip(),
                                    dst,
                                    e.ip(),
                                    dst,
                                    "egress",
                                    pathAfter(path, i, false)));
                    src = e.ip();
                } else if (c.get() instanceof InstanceConnectEndpoint eice
                        && hop.decision()
                                .filter(
                                        d ->
                                                d instanceof Decision.Translation
                                                        || d
                                                                        instanceof
                                                                        Decision.InstanceConnectPort
                                                                                p
                                                                && p.supported())
                                .isPresent()) {
                    // The EC2 Instance Connect service opens the connection from the endpoint's
                    // interface, with its address unless the client's is preserved.
                    Eni e =
                            inSubnet(
                                    "eni-" + eice.id(),
                                    eice.id(),
                                    false,
                                    eice.privateIp().toString(),
                                    eice.subnet());
                    if (!eice.preserveClientIp()) {
                        src = e.ip();
                    }
                    forward.add(record(e, src, dst, src, dst, "egress", pathAfter(path, i, false)));
                } else if (c.get() instanceof InterfaceEndpoint ep && hop.eni().isPresent()) {
                    Optional<Eni> e = eni(ep, hop.eni().get());
                    if (e.isPresent()) {
                        forward.add(
                                record(
                                        e.get(),
                                        src,
                                        e.get().ip(),
                                        src,
                                        e.get().ip(),
                                        "ingress",
                                        "-"));
                    }
                } else if (c.get() instanceof NetworkLoadBalancer nlb
                        && hop.check().orElse(null) == Check.LISTENER
                        && nlbTarget(path, i).isPresent()) {
                    // The load balancer hands the flow to its target: the target's interface
                    // sees the client's address when the target group preserves it (and the
                    // flow did not come through PrivateLink), else the node's private address.
                    Instance target = nlbTarget(path, i).get();
                    boolean privateLink =
                            path.subList(0, i).stream()
                                    .anyMatch(
                                            h ->
                                                    lab.component(h.id())
                                                            .filter(
                                                                    InterfaceEndpoint.class
                                                                            ::isInstance)
                                                            .isPresent());
                    if (!privateLink && !preservesClientIp(nlb) && hop.node().isPresent()) {
                        src = hop.node().get();
                    }
                    dst = target.privateIp().toString();
                    lbTarget = Optional.of(target.id());
                } else if (c.get() instanceof Instance inst
                        && i > 0
                        && (inst.id().equals(trace.flow().to())
                                || lbTarget.filter(inst.id()::equals).isPresent())) {
                    forward.add(record(eni(inst), src, dst, src, dst, "ingress", "-"));
                }
            }
            if (blocked.isPresent() && blocked.get().leg() == Leg.FORWARD) {
                rejectForward(blocked.get(), src, dst, client.get());
                out.addAll(forward);
                return out;
            }
            out.addAll(forward);
            reply(blocked.filter(b -> b.leg() == Leg.RETURN));
            return out;
        }

        /** Marks the interface that dropped the request. */
        private void rejectForward(BlockedAt b, String src, String dst, String client) {
            Optional<Hop> hop = lastHop(trace.path(), b.component());
            Check check = hop.flatMap(Hop::check).orElse(null);
            if (check == Check.EGRESS || check == Check.OUTBOUND) {
                for (int i = forward.size() - 1; i >= 0; i--) {
                    if (forward.get(i).flowDirection().equals("egress")) {
                        forward.set(i, reject(forward.get(i)));
                        forward.subList(i + 1, forward.size()).clear();
                        return;
                    }
                }
            } else if (check == Check.INGRESS || check == Check.INBOUND) {
                Optional<Eni> target =
                        eniAt(dst).or(() -> hop.flatMap(Hop::subnet).flatMap(this::natIn));
                if (target.isEmpty()) {
                    return;
                }
                Eni e = target.get();
                // The request left an interface of the same VPC towards this one: path 1.
                int last = forward.size() - 1;
                if (last >= 0
                        && forward.get(last).flowDirection().equals("egress")
                        && forward.get(last).trafficPath().equals("-")
                        && forward.get(last).vpcId().equals(e.vpc())) {
                    FlowLogRecord r = forward.get(last);
                    forward.set(last, r.withTrafficPath("1"));
                }
                forward.add(reject(record(e, src, e.ip(), src, dst, "ingress", "-")));
            }
        }

        /** The reply passes the same interfaces the other way. */
        private void reply(Optional<BlockedAt> block) {
            Optional<Hop> blockHop = block.flatMap(b -> lastHop(trace.returnPath(), b.component()));
            Optional<String> blockSubnet = blockHop.flatMap(Hop::subnet);
            boolean inbound = blockHop.flatMap(Hop::check).orElse(null) == Check.INBOUND;
            boolean egressSent = false;
            for (int i = forward.size() - 1; i >= 0; i--) {
                FlowLogRecord f = forward.get(i);
                boolean wasEgress = f.flowDirection().equals("egress");
                String direction = wasEgress ? "ingress" : "egress";
                // The reply leaves the way the request came: to an interface of the VPC, or (for
                // the first interface of a request from outside) through the gateway it came in.
                String path =
                        wasEgress
                                ? "-"
                                : i > 0
                                        ? "1"
                                        : pathAfter(trace.path(), -1, !f.instanceId().equals("-"));
                FlowLogRecord r = f.reversed(direction, path);
                if (blockSubnet.isPresent()
                        && r.subnetId().equals(blockSubnet.get())
                        && (inbound == direction.equals("ingress"))) {
                    out.add(reject(r));
                    return;
                }
                out.add(r);
                if (direction.equals("egress")) {
                    egressSent = true;
                }
                if (block.isPresent() && blockSubnet.isEmpty() && egressSent) {
                    return; // dropped by routing after it left: nothing more is logged
                }
            }
        }

        private FlowLogRecord record(
                Eni e,
                String src,
                String dst,
                String pktSrc,
                String pktDst,
                String direction,
                String path) {
            boolean egress = direction.equals("egress");
            return new FlowLogRecord(
                    e.account(),
                    e.id(),
                    src,
                    dst,
                    sport,
                    dport,
                    proto,
                    PACKETS,
                    BYTES,
                    START,
                    END,
                    "ACCEPT",
                    e.vpc(),
                    e.subnet(),
                    e.instance() ? e.owner() : "-",
                    direction,
                    egress ? path : "-",
                    pktSrc,
                    pktDst);
        }

        private static FlowLogRecord reject(FlowLogRecord r) {
            return r.withAction("REJECT");
        }

        /** The traffic-path code of the way out after hop {@code i}. */
        private String pathAfter(List<Hop> path, int i, boolean instance) {
            for (int j = i + 1; j < path.size(); j++) {
                Optional<Component> c = lab.component(path.get(j).id());
                if (c.isEmpty()) {
                    continue;
                }
                Component x = c.get();
                if (x instanceof InternetGateway) {
                    return instance ? "8" : "2";
                }
                if (x instanceof GatewayEndpoint) {
                    return instance ? "7" : "2";
                }
                if (x instanceof VirtualPrivateGateway) {
                    return "3";
                }
                if (x instanceof VpcPeering p) {
                    return p.interRegion() ? "5" : "4";
                }
                if (x instanceof TransitGateway) {
                    return "-";
                }
                if (x instanceof NatGateway
                        || x instanceof Instance
                        || (x instanceof InterfaceEndpoint && path.get(j).eni().isPresent())) {
                    return "1";
                }
            }
            return "-";
        }

        private Optional<String> address(String id) {
            return lab.component(id)
                    .flatMap(
                            c ->
                                    c instanceof Instance i
                                            ? Optional.of(i.privateIp().toString())
                                            : c instanceof InternetHost h
                                                    ? Optional.of(h.ip().toString())
                                                    : c instanceof OnPremisesHost o
                                                            ? Optional.of(o.ip().toString())
                                                            : c instanceof NetworkLoadBalancer n
                                                                            && !n.nodes().isEmpty()
                                                                    ? Optional.of(
                                                                            n.nodes()
                                                                                    .get(0)
                                                                                    .ip()
                                                                                    .toString())
                                                                    : Optional.empty());
        }

        /** The instance a load balancer hop passed the flow to: the next instance on the path. */
        private Optional<Instance> nlbTarget(List<Hop> path, int from) {
            for (int k = from + 1; k < path.size(); k++) {
                Optional<Instance> inst = lab.component(path.get(k).id(), Instance.class);
                if (inst.isPresent()) {
                    return inst;
                }
            }
            // Dropped before it arrived: the first registered target of the listener's group.
            NetworkLoadBalancer nlb =
                    lab.component(path.get(from).id(), NetworkLoadBalancer.class).orElseThrow();
            int port = trace.flow().destinationPort();
            return nlb.listeners().stream()
                    .filter(l -> l.port() == port)
                    .flatMap(
                            l ->
                                    nlb.targetGroups().stream()
                                            .filter(g -> g.id().equals(l.targetGroup())))
                    .flatMap(g -> g.targets().stream())
                    .flatMap(
                            t ->
                                    lab.all(Instance.class)
                                            .filter(
                                                    i ->
                                                            i.id().equals(t.id())
                                                                    || i.privateIp()
                                                                            .toString()
                                                                            .equals(t.id())))
                    .findFirst();
        }

        /** Whether the target group of the flow's listener keeps the client's address. */
        private boolean preservesClientIp(NetworkLoadBalancer nlb) {
            int port = trace.flow().destinationPort();
            return nlb.listeners().stream()
                    .filter(l -> l.port() == port)
                    .findFirst()
                    .flatMap(
                            l ->
                                    nlb.targetGroups().stream()
                                            .filter(g -> g.id().equals(l.targetGroup()))
                                            .findFirst())
                    .map(NetworkLoadBalancer.TargetGroup::preservesClientIp)
                    .orElse(false);
        }

        private Eni eni(Instance i) {
            return inSubnet("eni-" + i.id(), i.id(), true, i.privateIp().toString(), i.subnet());
        }

        private Eni eni(NatGateway n) {
            return inSubnet("eni-" + n.id(), n.id(), false, n.privateIp().toString(), n.subnet());
        }

        private Optional<Eni> eni(InterfaceEndpoint ep, String eniId) {
            return ep.enis().stream()
                    .filter(e -> e.id().equals(eniId))
                    .findFirst()
                    .map(e -> inSubnet(e.id(), ep.id(), false, e.ip().toString(), e.subnet()));
        }

        private Eni inSubnet(String id, String owner, boolean instance, String ip, String subnet) {
            String vpc = lab.component(subnet, Subnet.class).map(Subnet::vpc).orElse("-");
            String account =
                    lab.component(vpc, Vpc.class).flatMap(Vpc::account).orElse("123456789012");
            return new Eni(id, owner, instance, ip, subnet, vpc, account);
        }

        /** The interface that owns an address: an instance or an endpoint interface. */
        private Optional<Eni> eniAt(String ip) {
            Optional<Eni> inst =
                    lab.all(Instance.class)
                            .filter(i -> i.privateIp().toString().equals(ip))
                            .findFirst()
                            .map(this::eni);
            if (inst.isPresent()) {
                return inst;
            }
            for (InterfaceEndpoint ep : lab.all(InterfaceEndpoint.class).toList()) {
                for (EndpointEni e : ep.enis()) {
                    if (e.ip().toString().equals(ip)) {
                        return eni(ep, e.id());
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Eni> natIn(String subnet) {
            return lab.all(NatGateway.class)
                    .filter(n -> n.subnet().equals(subnet))
                    .findFirst()
                    .map(this::eni);
        }

        private static Optional<Hop> lastHop(List<Hop> hops, String id) {
            for (int i = hops.size() - 1; i >= 0; i--) {
                if (hops.get(i).id().equals(id)) {
                    return Optional.of(hops.get(i));
                }
            }
            return Optional.empty();
        }
    }
}
