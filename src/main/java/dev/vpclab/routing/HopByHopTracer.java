package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The packet tracer: resolves the destination, walks the request hop by hop from the source, then
 * walks the reply back from wherever the request arrived, through the same stateful devices, and
 * puts the verdict together (R-... rules throughout; see {@code aws-rules.md} section 13 for the
 * order).
 *
 * <p>Indexes the lab once on construction; each {@link #trace} is then independent and
 * allocation-light, so one tracer can serve many flows (and threads) of the same lab.
 */
public final class HopByHopTracer implements PacketTracer {
    private final Lab lab;
    private final LabIndex index;
    private final RouteLookup routes;
    private final RuleCheck rules;
    private final DnsResolver dns;
    private final Destinations destinations;

    /** A tracer for one lab. */
    public HopByHopTracer(Lab lab) {
        this.lab = Objects.requireNonNull(lab, "lab");
        this.index = new LabIndex(lab);
        this.routes = new RouteLookup(index);
        this.rules = new RuleCheck(index);
        this.dns = new DnsResolver(index, rules);
        this.destinations = new Destinations(index, dns);
    }

    @Override
    public Trace trace(Flow flow) {
        Objects.requireNonNull(flow, "flow");
        Optional<Component> source = lab.component(flow.from());
        if (source.isEmpty()) {
            return invalid(flow, flow.from(), Message.of("flow.unknownSource", flow.from()));
        }
        Optional<Destinations.Source> from = destinations.source(source.get(), flow.ipVersion());
        if (from.isEmpty()) {
            return invalid(
                    flow,
                    flow.from(),
                    Message.of(
                            "flow.badSource",
                            flow.from(),
                            source.get().kind().fileName(),
                            flow.ipVersion().number()));
        }
        Destinations.Target to = destinations.target(flow, from.get());
        if (to.dns().isPresent() && !to.dns().get().ok()) {
            return dnsFailed(flow, from.get(), to.dns().get());
        }
        if (to.address().isEmpty()) {
            return invalid(
                    flow,
                    flow.to(),
                    Message.of("flow.badTarget", flow.to(), flow.ipVersion().number()));
        }
        int dstPort = flow.protocol() == Protocol.ICMP ? 8 : flow.destinationPort();
        int srcPort = flow.protocol() == Protocol.ICMP ? 0 : flow.effectiveSourcePort();
        Packet packet =
                new Packet(
                        from.get().address(),
                        to.address().get(),
                        flow.protocol(),
                        srcPort,
                        dstPort,
                        from.get().iface().orElse(null));
        Conntrack conntrack = new Conntrack();
        Walk forward = new Walk(index, routes, rules, flow, false, conntrack, to.vpc());
        start(forward, source.get(), from.get(), packet);
        return verdict(flow, to.dns(), forward, conntrack);
    }

    private void start(Walk walk, Component source, Destinations.Source from, Packet packet) {
        if (walk.flow.via().isPresent()) {
            walk.instanceConnect.start(source.id(), packet);
        } else if (from.iface().isPresent()) {
            walk.vpc.sendFrom(from.iface().get(), packet, true);
        } else if (source instanceof InternetHost host) {
            walk.hop(host.id());
            walk.edges.onInternet(packet);
        } else if (source instanceof OnPremisesHost host) {
            walk.hop(host.id());
            Optional<OnPremisesNetwork> network =
                    lab.component(host.network(), OnPremisesNetwork.class);
            if (network.isEmpty()) {
                walk.block(
                        host.id(),
                        ReasonCode.INVALID_FLOW,
                        null,
                        List.of(),
                        Message.of("flow.noNetwork", host.id(), host.network()),
                        Message.of("flow.noNetwork.fix"));
                return;
            }
            walk.transit.fromOnPremises(network.get(), packet);
        }
    }

    private Trace verdict(
            Flow flow, Optional<DnsResolution> resolution, Walk forward, Conntrack conntrack) {
        boolean request = flow.request().isPresent();
        if (forward.stop().isPresent() || forward.delivery().isEmpty()) {
            Stop stop =
                    forward.stop()
                            .orElseGet(
                                    () ->
                                            new Stop(
                                                    forward.lastHopId(),
                                                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                                                    Layer.NETWORK,
                                                    Optional.empty(),
                                                    List.of(),
                                                    Message.of("flow.lost"),
                                                    Message.of("flow.lost.fix"),
                                                    Optional.empty()));
            return Trace.blockedThere(flow, resolution, forward.hops(), stop.on(Leg.FORWARD));
        }
        Delivery delivery = forward.delivery().get();
        Walk back = new Walk(index, routes, rules, flow, true, conntrack, Optional.empty());
        new Replies(back).start(delivery);
        if (back.stop().isEmpty() && back.delivery().isPresent()) {
            InspectionRouting.checkSymmetric(back, conntrack);
        }
        Optional<Authorization> authorization = Optional.empty();
        if (request) {
            authorization =
                    Optional.of(
                            forward.authorizationStop().isPresent()
                                    ? Authorization.DENIED
                                    : forward.wasPolicyEvaluated()
                                            ? Authorization.ALLOWED
                                            : Authorization.NOT_EVALUATED);
        }
        IpAddress seen = delivery.packet().src();
        if (back.stop().isPresent()) {
            return Trace.blockedBack(
                    flow,
                    authorization,
                    resolution,
                    forward.hops(),
                    back.hops(),
                    back.stop().get().on(Leg.RETURN),
                    seen);
        }
        if (forward.authorizationStop().isPresent()) {
            return Trace.denied(
                    flow,
                    resolution,
                    forward.hops(),
                    back.hops(),
                    forward.authorizationStop().get().on(Leg.FORWARD),
                    seen);
        }
        return Trace.reachable(flow, authorization, resolution, forward.hops(), back.hops(), seen);
    }

    private Trace dnsFailed(Flow flow, Destinations.Source from, DnsResolution resolution) {
        String where = from.vpc().orElse(flow.from());
        // A Route 53 Resolver that answered without a record (NXDOMAIN, no record of the family)
        // is "no record"; no resolver answering at all (DNS support off, a resolver outside AWS,
        // a forward that nobody answers) is "no answer".
        boolean answered = resolution.resolverVpc().isPresent() && !resolution.reason().noAnswer();
        Optional<IpAddress> amazonDns =
                resolution.server() instanceof DnsServer.VpcResolver r
                        ? index.vpc(r.vpcId()).map(v -> v.cidr().address(2))
                        : Optional.empty();
        Decision.DnsAnswer answer =
                new Decision.DnsAnswer(
                        resolution,
                        answered ? Decision.DnsFailure.NO_RECORD : Decision.DnsFailure.NO_ANSWER,
                        amazonDns);
        String matched = answer.text();
        Hop hop =
                Hop.builder(flow.from())
                        .check(Check.DNS)
                        .decision(answer)
                        .matched(matched)
                        .note(resolution.via())
                        .build();
        BlockedAt blocked =
                new BlockedAt(
                        where,
                        ReasonCode.DNS_RESOLUTION_FAILED,
                        Leg.FORWARD,
                        Layer.DNS,
                        Optional.empty(),
                        List.of(),
                        Message.of(
                                "reason.DNS_RESOLUTION_FAILED.detail",
                                resolution.name(),
                                resolution.via()),
                        Message.of("reason.DNS_RESOLUTION_FAILED.fix", where),
                        Optional.empty());
        return Trace.blockedThere(flow, Optional.of(resolution), List.of(hop), blocked);
    }

    private static Trace invalid(Flow flow, String component, Message why) {
        BlockedAt blocked =
                new BlockedAt(
                        component,
                        ReasonCode.INVALID_FLOW,
                        Leg.FORWARD,
                        Layer.NETWORK,
                        Optional.empty(),
                        List.of(),
                        why,
                        Message.of("reason.INVALID_FLOW.fix"),
                        Optional.empty());
        return Trace.blockedThere(flow, Optional.empty(), List.of(), blocked);
    }
}
