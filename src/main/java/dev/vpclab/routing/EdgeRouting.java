package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * Moves a packet across a VPC's edge to and from the internet (internet gateway, egress-only
 * internet gateway), and explains why there is no way on when a route table has no route or a VPC
 * has no interface for an address.
 */
final class EdgeRouting {
    private final Walk walk;

    EdgeRouting(Walk walk) {
        this.walk = walk;
    }

    /** Leaving through an internet gateway: IPv4 needs a public address (R-IGW-1, R-IGW-2). */
    void outThroughInternetGateway(InternetGateway igw, RouteTable rt, Packet packet) {
        walk.at(packet);
        if (!igw.vpc().equals(rt.vpc())) {
            walk.block(
                    rt.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(igw.id()),
                    Message.of("igw.otherVpc", igw.id(), igw.vpc()),
                    Message.of("igw.otherVpc.fix", rt.id()));
            return;
        }
        if (!packet.src().isV4()) {
            walk.hop(igw.id()); // IPv6 is not translated (R-IGW-2)
            onInternet(packet);
            return;
        }
        Optional<Iface> sender = walk.index.ifaceAt(igw.vpc(), packet.src());
        Optional<IpAddress> publicIp = Optional.empty();
        Optional<Decision.AddressOwner> owner = Optional.empty();
        if (sender.isPresent() && sender.get().kind() == Iface.Kind.INSTANCE) {
            publicIp =
                    walk.index
                            .lab
                            .component(sender.get().owner(), Instance.class)
                            .flatMap(Instance::publicIp);
        } else if (sender.isPresent() && sender.get().kind() == Iface.Kind.NAT_GATEWAY) {
            NatGateway nat =
                    walk.index.lab.component(sender.get().owner(), NatGateway.class).orElseThrow();
            if (nat.connectivity() == NatConnectivity.PRIVATE) {
                Decision.NoPublicAddress none =
                        new Decision.NoPublicAddress(packet.src(), Optional.of(nat.id()));
                walk.hop(Hop.builder(igw.id()).check(Check.TRANSLATE).decided(none).build());
                walk.block(
                        igw.id(),
                        ReasonCode.PRIVATE_NAT_GATEWAY_TO_IGW,
                        null,
                        List.of(nat.id()),
                        Message.of("reason.PRIVATE_NAT_GATEWAY_TO_IGW.detail"),
                        Message.of("reason.PRIVATE_NAT_GATEWAY_TO_IGW.fix", nat.id()));
                return;
            }
            publicIp = nat.elasticIp();
            owner = Optional.of(new Decision.AddressOwner(nat.id(), true));
        }
        if (publicIp.isEmpty()) {
            Decision.NoPublicAddress none =
                    new Decision.NoPublicAddress(packet.src(), Optional.empty());
            walk.hop(Hop.builder(igw.id()).check(Check.TRANSLATE).decided(none).build());
            walk.block(
                    igw.id(),
                    ReasonCode.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS,
                    null,
                    List.of(),
                    Message.of("reason.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS.detail", packet.src()),
                    Message.of("reason.IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS.fix", packet.src()));
            return;
        }
        walk.hop(
                Hop.builder(igw.id())
                        .check(Check.TRANSLATE)
                        .decided(
                                new Decision.Translation(
                                        Decision.AddressField.SRC,
                                        packet.src(),
                                        publicIp.get(),
                                        owner))
                        .build());
        onInternet(packet.withSrc(publicIp.get(), packet.sender()));
    }

    /** Leaving through an egress-only internet gateway: IPv6 only, outbound (R-EIGW-1). */
    void outThroughEgressOnlyGateway(EgressOnlyInternetGateway eigw, Packet packet) {
        walk.at(packet);
        if (packet.src().isV4()) {
            walk.hop(
                    Hop.builder(eigw.id())
                            .check(Check.DIRECTION)
                            .decided(direction(Decision.EgressOnlyCase.IPV4_NOT_CARRIED))
                            .build());
            walk.block(
                    eigw.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("eigw.ipv4"),
                    Message.of("eigw.ipv4.fix"));
            return;
        }
        walk.hop(
                Hop.builder(eigw.id())
                        .check(Check.DIRECTION)
                        .decided(
                                direction(
                                        walk.reply
                                                ? Decision.EgressOnlyCase.REPLY
                                                : Decision.EgressOnlyCase.OUTBOUND))
                        .build());
        onInternet(packet);
    }

    private static Decision.EgressOnlyDirection direction(Decision.EgressOnlyCase c) {
        return new Decision.EgressOnlyDirection(c);
    }

    /** The packet is on the internet: deliver it to whoever owns its destination address. */
    void onInternet(Packet packet) {
        walk.at(packet);
        IpAddress dst = packet.dst();
        // AWS's network carries a reply to a customer's public address over its public VIF.
        Optional<VirtualInterface> vif = walk.index.publicVirtualInterfaceAt(dst);
        if (vif.isPresent()) {
            walk.dx.backOverPublicInterface(vif.get(), packet);
            return;
        }
        Optional<InternetHost> host = walk.index.internetHost(dst);
        if (host.isPresent()) {
            walk.hop(host.get().id());
            walk.deliver(
                    new Delivery(
                            host.get().id(),
                            Delivery.Kind.INTERNET_HOST,
                            packet,
                            Optional.empty(),
                            Optional.empty()));
            return;
        }
        Optional<AwsService> service = walk.index.serviceAt(dst);
        if (service.isPresent()) {
            walk.endpoints.arriveAtService(
                    service.get(), packet, Delivery.Kind.SERVICE_PUBLIC, Optional.empty());
            return;
        }
        Optional<Instance> byPublicIp = walk.index.instanceWithPublicIp(dst);
        if (byPublicIp.isPresent()) {
            inThroughInternetGateway(
                    byPublicIp.get().privateIp(), byPublicIp.get().subnet(), packet);
            return;
        }
        Optional<NatGateway> nat = walk.index.natWithElasticIp(dst);
        if (nat.isPresent()) {
            inThroughInternetGateway(nat.get().privateIp(), nat.get().subnet(), packet);
            return;
        }
        if (!dst.isV4()) {
            Optional<Vpc> vpc =
                    walk.index
                            .lab
                            .all(Vpc.class)
                            .filter(v -> LabIndex.vpcContains(v, dst))
                            .findFirst();
            if (vpc.isPresent()) {
                inIpv6(vpc.get(), packet);
                return;
            }
        }
        walk.block(
                walk.lastHopId(),
                ReasonCode.NO_ROUTE_TO_DESTINATION,
                null,
                List.of(),
                Message.of("internet.unknownAddress", dst),
                Message.of("internet.unknownAddress.fix", dst));
    }

    private void inThroughInternetGateway(IpAddress privateIp, String subnetId, Packet packet) {
        walk.at(packet);
        Optional<String> vpcId = walk.index.subnet(subnetId).map(s -> s.vpc());
        Optional<InternetGateway> igw = vpcId.flatMap(walk.index::internetGateway);
        if (igw.isEmpty()) {
            walk.block(
                    walk.lastHopId(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("internet.noGateway", packet.dst(), vpcId.orElse("?")),
                    Message.of("internet.noGateway.fix", vpcId.orElse("?")));
            return;
        }
        walk.hop(
                Hop.builder(igw.get().id())
                        .check(Check.TRANSLATE)
                        .decided(
                                new Decision.Translation(
                                        Decision.AddressField.DST, packet.dst(), privateIp))
                        .build());
        // Ingress routing: the internet gateway's route table, if it has one (R-GWRT-1).
        walk.inspection.enterThroughGateway(
                igw.get().id(),
                vpcId.get(),
                packet.withDst(privateIp),
                Origin.through(igw.get().id()));
    }

    private void inIpv6(Vpc vpc, Packet packet) {
        walk.at(packet);
        Optional<InternetGateway> igw = walk.index.internetGateway(vpc.id());
        if (igw.isPresent()) {
            walk.hop(igw.get().id());
            walk.inspection.enterThroughGateway(
                    igw.get().id(), vpc.id(), packet, Origin.through(igw.get().id()));
            return;
        }
        Optional<EgressOnlyInternetGateway> eigw = walk.index.egressOnlyGateway(vpc.id());
        if (eigw.isPresent() && walk.reply) {
            walk.hop(
                    Hop.builder(eigw.get().id())
                            .check(Check.DIRECTION)
                            .decided(direction(Decision.EgressOnlyCase.REPLY))
                            .build());
            walk.vpc.deliverLocal(
                    vpc.id(), packet, Optional.empty(), Origin.through(eigw.get().id()));
            return;
        }
        if (eigw.isPresent()) {
            walk.hop(
                    Hop.builder(eigw.get().id())
                            .check(Check.DIRECTION)
                            .decided(direction(Decision.EgressOnlyCase.INBOUND_ATTEMPT))
                            .build());
            walk.block(
                    eigw.get().id(),
                    ReasonCode.EGRESS_ONLY_IGW_INBOUND_NOT_ALLOWED,
                    null,
                    List.of(),
                    Message.of("reason.EGRESS_ONLY_IGW_INBOUND_NOT_ALLOWED.detail"),
                    Message.of("reason.EGRESS_ONLY_IGW_INBOUND_NOT_ALLOWED.fix", vpc.id()));
            return;
        }
        walk.block(
                walk.lastHopId(),
                ReasonCode.NO_ROUTE_TO_DESTINATION,
                null,
                List.of(),
                Message.of("internet.noGateway", packet.dst(), vpc.id()),
                Message.of("internet.noGateway.fix", vpc.id()));
    }

    /** A route table had no route for the packet: say why, as precisely as the lab allows. */
    void noRoute(RouteTable rt, Packet packet) {
        walk.at(packet);
        IpAddress dst = packet.dst();
        Optional<AwsService> service = walk.index.serviceAt(dst);
        if (service.isPresent()) {
            for (GatewayEndpoint gwe : walk.index.gatewayEndpointsIn(rt.vpc())) {
                boolean sameService = gwe.service().equalsIgnoreCase(service.get().service());
                if (sameService
                        && !gwe.region().equals(service.get().region())
                        && gwe.routeTables().contains(rt.id())) {
                    walk.block(
                            rt.id(),
                            ReasonCode.CROSS_REGION_GATEWAY_ENDPOINT,
                            "none",
                            List.of(gwe.id()),
                            Message.of(
                                    "reason.CROSS_REGION_GATEWAY_ENDPOINT.detail",
                                    dst,
                                    service.get().region(),
                                    gwe.region()),
                            Message.of(
                                    "reason.CROSS_REGION_GATEWAY_ENDPOINT.fix",
                                    service.get().region()));
                    return;
                }
            }
        }
        Optional<List<String>> privateLink = privateLinkReverse(rt.vpc());
        if (privateLink.isPresent()) {
            walk.block(
                    rt.id(),
                    ReasonCode.PRIVATELINK_UNIDIRECTIONAL,
                    "none",
                    privateLink.get(),
                    Message.of("reason.PRIVATELINK_UNIDIRECTIONAL.detail", rt.vpc()),
                    Message.of("reason.PRIVATELINK_UNIDIRECTIONAL.fix"));
            return;
        }
        // Where the name resolved to a public service address although an interface endpoint
        // for that service exists in another VPC, name it: its private DNS does not serve this
        // VPC (R-IF-9).
        List<String> related =
                service.stream()
                        .flatMap(
                                s ->
                                        walk.index.interfaceEndpoints().stream()
                                                .filter(e -> !e.vpc().equals(rt.vpc()))
                                                .filter(
                                                        e ->
                                                                e.serviceName()
                                                                        .equals(s.serviceName())))
                        .map(InterfaceEndpoint::id)
                        .limit(1)
                        .toList();
        walk.block(
                rt.id(),
                ReasonCode.NO_ROUTE_TO_DESTINATION,
                "none",
                related,
                Message.of("reason.NO_ROUTE_TO_DESTINATION.detail", rt.id(), dst),
                Message.of("reason.NO_ROUTE_TO_DESTINATION.fix", rt.id(), dst));
    }

    /**
     * When the sending VPC is a provider whose endpoint service reaches the flow's target VPC, the
     * ids of that service and endpoint: the provider cannot open connections back (R-ES-3).
     */
    private Optional<List<String>> privateLinkReverse(String vpc) {
        if (walk.reply || walk.targetVpc.isEmpty()) {
            return Optional.empty();
        }
        for (EndpointService svc : walk.index.endpointServices()) {
            if (!svc.providerVpc().equals(vpc)) {
                continue;
            }
            for (InterfaceEndpoint e : walk.index.interfaceEndpointsIn(walk.targetVpc.get())) {
                if (e.service().equals(svc.id()) || e.serviceName().equals(svc.serviceName())) {
                    return Optional.of(List.of(svc.id(), e.id()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A local (or peering, VPN) delivery found no interface with the destination address in the
     * VPC. The usual cause in a lab: an address that belongs to another VPC with an overlapping
     * CIDR (R-PEER-2).
     */
    void nobodyHome(String vpcId, Packet packet) {
        walk.at(packet);
        String blame = walk.lastHopId();
        Optional<String> overlapPeering =
                walk.targetVpc
                        .filter(t -> !t.equals(vpcId))
                        .flatMap(
                                t ->
                                        walk.index.peeringsOf(vpcId).stream()
                                                .filter(p -> p.peerOf(vpcId).equals(t))
                                                .map(VpcPeering::id)
                                                .findFirst());
        if (overlapPeering.isPresent()) {
            walk.block(
                    blame,
                    ReasonCode.VPC_PEERING_CIDR_OVERLAP,
                    null,
                    List.of(overlapPeering.get()),
                    Message.of(
                            "reason.VPC_PEERING_CIDR_OVERLAP.detail",
                            overlapPeering.get(),
                            packet.dst(),
                            vpcId),
                    Message.of("reason.VPC_PEERING_CIDR_OVERLAP.fix"));
            return;
        }
        walk.block(
                blame,
                ReasonCode.NO_INTERFACE_FOR_DESTINATION,
                null,
                List.of(),
                Message.of("reason.NO_INTERFACE_FOR_DESTINATION.detail", packet.dst(), vpcId),
                Message.of("reason.NO_INTERFACE_FOR_DESTINATION.fix", packet.dst()));
    }
}
