package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One leg of a trace (the request, or the reply) as it is walked: the hops so far, and how it ended
 * (delivered, blocked, or delivered but denied by a policy). The routing stages move the packet and
 * record hops here; each stage method ends by calling the next one, so a walk that is blocked
 * simply stops.
 */
final class Walk {
    /** At most this many route-table look-ups in one leg; more means a loop we did not see. */
    private static final int MAX_LOOKUPS = 64;

    final LabIndex index;
    final Flow flow;
    final boolean reply;
    final Conntrack conntrack;

    /** The VPC of the flow's destination component, when it has one (for explanations). */
    final Optional<String> targetVpc;

    final RouteLookup routes;
    final RuleCheck rules;
    final VpcRouting vpc;
    final EdgeRouting edges;
    final EndpointRouting endpoints;
    final TransitRouting transit;
    final PeeringRouting peering;
    final DirectConnectRouting dx;
    final InspectionRouting inspection;
    final InstanceConnectRouting instanceConnect;

    private final List<Hop> hops = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private int lookups;
    private Stop stop;
    private Stop authorizationStop;
    private Delivery delivery;
    private boolean policyEvaluated;
    private Packet current;

    Walk(
            LabIndex index,
            RouteLookup routes,
            RuleCheck rules,
            Flow flow,
            boolean reply,
            Conntrack conntrack,
            Optional<String> targetVpc) {
        this.index = index;
        this.routes = routes;
        this.rules = rules;
        this.flow = flow;
        this.reply = reply;
        this.conntrack = conntrack;
        this.targetVpc = targetVpc;
        this.vpc = new VpcRouting(this);
        this.edges = new EdgeRouting(this);
        this.endpoints = new EndpointRouting(this);
        this.transit = new TransitRouting(this);
        this.peering = new PeeringRouting(this);
        this.dx = new DirectConnectRouting(this);
        this.inspection = new InspectionRouting(this);
        this.instanceConnect = new InstanceConnectRouting(this);
    }

    /** Notes the packet a stage is working on: a block from here on reports its header. */
    void at(Packet packet) {
        current = packet;
    }

    private Optional<PacketHeader> header() {
        return Optional.ofNullable(current)
                .map(
                        p ->
                                new PacketHeader(
                                        p.protocol(), p.src(), p.dst(), p.srcPort(), p.dstPort()));
    }

    /** Records a hop, with the header of the packet as it leaves it. */
    void hop(Hop hop) {
        hops.add(hop.leaving().isPresent() ? hop : stamped(hop));
    }

    void hop(String id) {
        hop(Hop.at(id));
    }

    /** The current header, rewritten by the hop's translation if it made one. */
    private Hop stamped(Hop hop) {
        Optional<PacketHeader> header = header();
        if (header.isEmpty()) {
            return hop;
        }
        PacketHeader h = header.get();
        Optional<Decision.Translation> nat = hop.decision(Decision.Translation.class);
        if (nat.isPresent()) {
            Decision.Translation t = nat.get();
            // The stage may note the packet before or after rewriting it: rewrite only once.
            boolean before =
                    (t.field() == Decision.AddressField.SRC ? h.src() : h.dst()).equals(t.from());
            if (before) {
                h = t.applyTo(h);
            }
        }
        return hop.toBuilder().leaving(h).build();
    }

    /** Stops the walk at a component, for a network or DNS reason. */
    void block(
            String component,
            ReasonCode reason,
            String matched,
            List<String> related,
            Message detail,
            Message fix) {
        stop =
                new Stop(
                        component,
                        reason,
                        Layer.NETWORK,
                        Optional.ofNullable(matched),
                        related,
                        detail,
                        fix,
                        header());
    }

    /** The request arrived but a policy denied it: the network worked, authorization did not. */
    void deny(Delivery arrived, Stop denial) {
        this.delivery = arrived;
        this.authorizationStop = denial;
    }

    void deliver(Delivery arrived) {
        this.delivery = arrived;
    }

    void policyEvaluated() {
        policyEvaluated = true;
    }

    /**
     * Records a route-table look-up, after its hop; false (and the walk blocked at the component
     * that holds the table) when the same table sees the same packet twice: a routing loop.
     *
     * @param tableId the table, unique in the lab (a transit gateway table as {@code tgw/table})
     * @param component the component shown on the diagram (the route table, or the transit gateway)
     * @param matched the route that would send the packet round again
     */
    boolean enterTable(String tableId, String component, String matched, Packet packet) {
        String key = tableId + '|' + packet.src() + '|' + packet.dst();
        if (!visited.add(key) || ++lookups > MAX_LOOKUPS) {
            block(
                    component,
                    ReasonCode.ROUTING_LOOP,
                    matched,
                    List.of(),
                    Message.of("reason.ROUTING_LOOP.detail", tableId, packet.dst()),
                    Message.of("reason.ROUTING_LOOP.fix"));
            return false;
        }
        return true;
    }

    /** The id of the last component met, to blame when there is nothing more specific. */
    String lastHopId() {
        return hops.isEmpty() ? flow.from() : hops.get(hops.size() - 1).id();
    }

    /** Replaces the last hop (used when a component's hop turns out to carry a check). */
    void replaceLastHop(Hop hop) {
        hops.set(hops.size() - 1, hop);
    }

    List<Hop> hops() {
        return hops;
    }

    Optional<Stop> stop() {
        return Optional.ofNullable(stop);
    }

    Optional<Stop> authorizationStop() {
        return Optional.ofNullable(authorizationStop);
    }

    Optional<Delivery> delivery() {
        return Optional.ofNullable(delivery);
    }

    boolean wasPolicyEvaluated() {
        return policyEvaluated;
    }
}
