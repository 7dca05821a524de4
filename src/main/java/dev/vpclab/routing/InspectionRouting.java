package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.GatewayRouteTableRules;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a packet through a central inspection system: into a Gateway Load Balancer endpoint,
 * through AWS PrivateLink to the Gateway Load Balancer, GENEVE-encapsulated to a healthy appliance
 * and back, then on by the route table of the endpoint's subnet (R-GWLB-1..3); and routes the
 * traffic entering a VPC through an internet gateway by the gateway's route table (ingress routing,
 * R-GWRT-1). The inner packet keeps its addresses and ports all the way.
 */
final class InspectionRouting {
    /** Conntrack key prefix: a load balancer carried the request of this flow to an appliance. */
    static final String REQUEST = "gwlb-request:";

    /** Conntrack key prefix: the reply of this flow came back through the load balancer. */
    static final String REPLY = "gwlb-reply:";

    /**
     * The load balancer carried the request of the flow through this endpoint, its node in this
     * zone, and this appliance: the reply must come back the same way.
     */
    record Carried(String endpoint, String zone, String appliance) {}

    private final Walk walk;

    InspectionRouting(Walk walk) {
        this.walk = walk;
    }

    /**
     * The packet entered the VPC through {@code gateway} (after any translation): the gateway's
     * route table decides where it goes, else it goes straight to the interface that owns the
     * destination, as without ingress routing.
     */
    void enterThroughGateway(String gateway, String vpcId, Packet packet, Origin origin) {
        walk.at(packet);
        Optional<RouteTable> table = walk.index.gatewayRouteTable(gateway);
        if (table.isEmpty()) {
            walk.vpc.deliverLocal(vpcId, packet, Optional.empty(), origin);
            return;
        }
        RouteTable rt = table.get();
        RouteDecision decision =
                walk.routes.lookup(accepted(rt), packet.dst(), Optional.of(rt.vpc()));
        walk.hop(
                Hop.builder(rt.id())
                        .check(Check.ROUTE)
                        .decided(decision.asDecision())
                        .notChosen(decision.notChosen())
                        .note(Message.of("route.gatewayTable", gateway))
                        .build());
        if (!walk.enterTable(rt.id(), rt.id(), decision.matchedText(), packet)) {
            return;
        }
        if (decision.winner().isEmpty()) {
            walk.edges.noRoute(rt, packet);
            return;
        }
        Route route = decision.winner().get();
        if (route.isLocal()) {
            walk.vpc.deliverLocal(vpcId, packet, Optional.empty(), origin);
            return;
        }
        Optional<Component> target = walk.index.lab.component(route.target());
        if (target.isPresent() && target.get() instanceof GatewayLoadBalancerEndpoint e) {
            toEndpoint(e, rt, Optional.empty(), packet);
            return;
        }
        // A network interface of a middlebox: the lab does not forward through appliances.
        walk.block(
                rt.id(),
                ReasonCode.NO_ROUTE_TO_DESTINATION,
                route.toString(),
                target.map(c -> List.of(c.id())).orElse(List.of()),
                Message.of(
                        "route.unsupportedTarget",
                        route.target(),
                        target.map(c -> c.kind().fileName()).orElse("?")),
                Message.of("route.unsupportedTarget.fix"));
    }

    /** The routes of a gateway route table that AWS accepts (the rest it never created). */
    private List<Route> accepted(RouteTable rt) {
        Optional<Vpc> vpc = walk.index.vpc(rt.vpc());
        if (vpc.isEmpty()) {
            return rt.routes();
        }
        List<Cidr> blocks = new ArrayList<>();
        for (Subnet s : walk.index.lab.all(Subnet.class).toList()) {
            if (s.vpc().equals(rt.vpc())) {
                blocks.add(s.cidr());
                s.ipv6Cidr().ifPresent(blocks::add);
            }
        }
        List<Route> out = new ArrayList<>();
        for (Route r : rt.routes()) {
            Optional<Component> target =
                    r.isLocal() ? Optional.empty() : walk.index.lab.component(r.target());
            boolean foreign =
                    !r.isLocal()
                            && GatewayRouteTableRules.inOtherVpc(
                                    walk.index.lab, r.target(), rt.vpc());
            if (!foreign
                    && GatewayRouteTableRules.accepts(
                            r, target.map(Component::kind), vpc.get(), blocks)) {
                out.add(r);
            }
        }
        return out;
    }

    /** A route table sent the packet to a Gateway Load Balancer endpoint. */
    void toEndpoint(
            GatewayLoadBalancerEndpoint endpoint,
            RouteTable rt,
            Optional<Subnet> from,
            Packet packet) {
        walk.at(packet);
        Optional<Iface> eni = walk.index.ifaceOf(endpoint.id());
        if (eni.isEmpty()) {
            walk.block(
                    rt.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(endpoint.id()),
                    Message.of("route.targetNotPlaced"),
                    Message.of("route.targetNotPlaced.fix"));
            return;
        }
        boolean sameSubnet = from.map(s -> s.id().equals(eni.get().subnet().id())).orElse(false);
        if (!sameSubnet && !walk.vpc.naclPasses(eni.get().subnet(), packet, false)) {
            return;
        }
        arriveAtEndpoint(eni.get(), packet);
    }

    /**
     * A packet addressed to the endpoint's own address (not routed to it by a route table): a
     * Gateway Load Balancer endpoint hands on what route tables send it and is no destination of
     * its own (it was inspected and then looped back to the same endpoint).
     */
    void addressedToEndpoint(Iface eni) {
        walk.hop(eni.owner());
        walk.block(
                eni.owner(),
                ReasonCode.NO_INTERFACE_FOR_DESTINATION,
                null,
                List.of(),
                Message.of("reason.NO_INTERFACE_FOR_DESTINATION.gwlbEndpoint", eni.owner()),
                Message.of("reason.NO_INTERFACE_FOR_DESTINATION.gwlbEndpointFix", eni.owner()));
    }

    /** The packet is at the endpoint's interface: hand it to inspection. */
    void arriveAtEndpoint(Iface eni, Packet packet) {
        walk.at(packet);
        GatewayLoadBalancerEndpoint endpoint =
                walk.index
                        .lab
                        .component(eni.owner(), GatewayLoadBalancerEndpoint.class)
                        .orElseThrow();
        Hop.Builder hop = Hop.builder(endpoint.id()).eni(endpoint.id(), endpoint.ip().toString());
        if (!endpoint.isAvailable()) {
            walk.hop(
                    hop.check(Check.CONNECTION)
                            .decided(
                                    new Decision.ConnectionState(
                                            endpoint.state(), endpoint.isAvailable()))
                            .build());
            walk.block(
                    endpoint.id(),
                    ReasonCode.ENDPOINT_CONNECTION_NOT_ACCEPTED,
                    null,
                    List.of(endpoint.service()),
                    Message.of("reason.ENDPOINT_CONNECTION_NOT_ACCEPTED.detail", endpoint.state()),
                    Message.of(
                            "reason.ENDPOINT_CONNECTION_NOT_ACCEPTED.fix",
                            endpoint.service(),
                            endpoint.id()));
            return;
        }
        Optional<EndpointService> service =
                walk.index
                        .lab
                        .component(endpoint.service(), EndpointService.class)
                        .filter(EndpointService::isGatewayLoadBalancerService);
        if (service.isEmpty()) {
            walk.hop(hop.check(Check.INSPECTION).decided(new Decision.NoMatch()).build());
            walk.block(
                    endpoint.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("gwlb.noService", endpoint.id(), endpoint.service()),
                    Message.of("gwlb.noService.fix", endpoint.id()));
            return;
        }
        EndpointService svc = service.get();
        if (!sameRegion(endpoint, svc, hop)) {
            return;
        }
        String zone = eni.subnet().azId();
        // "establishes a connection with only one load balancer per Availability Zone"
        for (String id : svc.gatewayLoadBalancers()) {
            Optional<GatewayLoadBalancer> gwlb =
                    walk.index.lab.component(id, GatewayLoadBalancer.class);
            Optional<NetworkLoadBalancer.Node> node =
                    gwlb.flatMap(
                            g -> g.nodes().stream().filter(n -> n.azId().equals(zone)).findFirst());
            boolean listed =
                    svc.availabilityZoneIds().isEmpty() || svc.availabilityZoneIds().contains(zone);
            if (node.isPresent() && listed) {
                walk.hop(
                        hop.check(Check.INSPECTION)
                                .decided(
                                        new Decision.InspectionHandOff(
                                                svc.id(), gwlb.get().id(), false))
                                .build());
                new Appliances(walk)
                        .inspect(endpoint, eni, svc.id(), gwlb.get(), node.get(), packet);
                return;
            }
        }
        List<String> zones = new ArrayList<>(svc.availabilityZoneIds());
        walk.hop(
                hop.check(Check.AVAILABILITY_ZONE)
                        .decided(new Decision.ServiceNotInZone(zone, svc.id(), zones))
                        .build());
        List<String> related = new ArrayList<>(List.of(svc.id()));
        related.addAll(svc.gatewayLoadBalancers());
        walk.block(
                endpoint.id(),
                ReasonCode.VPCE_SERVICE_NOT_INSTALLED_IN_AZ,
                null,
                related,
                Message.of("reason.VPCE_SERVICE_NOT_INSTALLED_IN_AZ.detail", zone, svc.id()),
                Message.of("reason.VPCE_SERVICE_NOT_INSTALLED_IN_AZ.fix", svc.id(), zone));
    }

    /**
     * A Gateway Load Balancer endpoint service is "available in the Region where you created it":
     * AWS creates no endpoint to it from another Region, whatever its supported Regions (those are
     * for interface endpoints), so the endpoint carries nothing (R-GWLB-2).
     */
    private boolean sameRegion(
            GatewayLoadBalancerEndpoint endpoint, EndpointService svc, Hop.Builder hop) {
        String consumer = regionOf(endpoint.vpc());
        String provider = regionOf(svc.providerVpc());
        if (consumer.equals(provider)) {
            return true;
        }
        walk.hop(
                hop.check(Check.CONNECTION)
                        .decided(
                                new Decision.RegionNotSupported(
                                        consumer, svc.id(), provider, List.of()))
                        .build());
        walk.block(
                endpoint.id(),
                ReasonCode.GWLB_ENDPOINT_OTHER_REGION,
                null,
                List.of(svc.id()),
                Message.of(
                        "reason.GWLB_ENDPOINT_OTHER_REGION.detail",
                        endpoint.id(),
                        consumer,
                        svc.id(),
                        provider),
                Message.of("reason.GWLB_ENDPOINT_OTHER_REGION.fix", svc.id(), provider));
        return false;
    }

    private String regionOf(String vpc) {
        return walk.index.vpc(vpc).map(Vpc::region).orElse(walk.index.lab.region());
    }

    /**
     * The appliance returned the packet: the endpoint sends it on, unchanged, by the route table of
     * its own subnet.
     */
    static void backAtEndpoint(
            Walk walk,
            GatewayLoadBalancerEndpoint endpoint,
            Iface eni,
            String service,
            GatewayLoadBalancer gwlb,
            Packet packet) {
        walk.at(packet);
        walk.hop(
                Hop.builder(endpoint.id())
                        .eni(endpoint.id(), endpoint.ip().toString())
                        .check(Check.INSPECTION)
                        .decided(new Decision.InspectionHandOff(service, gwlb.id(), true))
                        .build());
        walk.vpc.sendFrom(eni, packet, false);
    }

    /** GENEVE between a load balancer node and an appliance: UDP 6081 both ways (R-GWLB-3). */
    static Packet geneve(IpAddress from, IpAddress to) {
        return new Packet(
                from,
                to,
                Protocol.UDP,
                GatewayLoadBalancer.GENEVE_PORT,
                GatewayLoadBalancer.GENEVE_PORT,
                null);
    }

    /**
     * After the reply: a flow whose request a Gateway Load Balancer carried but whose reply came
     * back another way was seen in one direction only, and a stateful appliance drops it.
     */
    static void checkSymmetric(Walk back, Conntrack conntrack) {
        for (String key : conntrack.keysStartingWith(REQUEST)) {
            String gwlb = key.substring(REQUEST.length());
            if (conntrack.get(REPLY + gwlb, Carried.class).isPresent()) {
                continue;
            }
            Carried carried = conntrack.get(key, Carried.class).orElseThrow();
            back.hop(
                    Hop.builder(carried.endpoint())
                            .check(Check.INSPECTION)
                            .decided(new Decision.OneWayInspection(gwlb, true))
                            .build());
            back.block(
                    carried.endpoint(),
                    ReasonCode.GWLB_ASYMMETRIC_ROUTING,
                    null,
                    List.of(gwlb, carried.appliance()),
                    Message.of(
                            "reason.GWLB_ASYMMETRIC_ROUTING.requestOnly",
                            gwlb,
                            carried.endpoint(),
                            carried.appliance()),
                    Message.of("reason.GWLB_ASYMMETRIC_ROUTING.fix", carried.endpoint()));
            return;
        }
    }
}
