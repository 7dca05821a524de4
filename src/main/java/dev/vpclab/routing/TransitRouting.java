package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Route;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.TransitGatewayPeering;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * Moves a packet between networks: through a transit gateway's route tables (R-TGW-1), and over a
 * VPN to and from an on-premises network (R-VPN-1, R-ONPREM-1); Direct Connect is in {@link
 * DirectConnectRouting}.
 */
final class TransitRouting {
    private final Walk walk;

    TransitRouting(Walk walk) {
        this.walk = walk;
    }

    /** A gateway endpoint in the VPC whose prefix list holds the address. */
    Optional<GatewayEndpoint> gatewayEndpointFor(String vpc, IpAddress dst) {
        return walk.index.gatewayEndpointsIn(vpc).stream()
                .filter(
                        g ->
                                walk.index
                                        .prefixList(g.prefixList())
                                        .map(
                                                pl ->
                                                        pl.cidrs().stream()
                                                                .anyMatch(c -> c.contains(dst)))
                                        .orElse(false))
                .findFirst();
    }

    /** Into a transit gateway from a VPC subnet: through the VPC's attachment (R-TGW-1). */
    void intoTransitGateway(TransitGateway tgw, String fromVpc, Subnet from, Packet packet) {
        walk.at(packet);
        Optional<TransitGatewayAttachment> attachment =
                walk.index.attachmentsOf(fromVpc).stream()
                        .filter(a -> a.transitGateway().equals(tgw.id()))
                        .findFirst();
        if (attachment.isEmpty()) {
            walk.hop(tgw.id());
            walk.block(
                    tgw.id(),
                    ReasonCode.TGW_NO_ROUTE,
                    null,
                    List.of(),
                    Message.of("tgw.notAttached", fromVpc, tgw.id()),
                    Message.of("tgw.notAttached.fix", fromVpc));
            return;
        }
        boolean azCovered =
                attachment.get().subnets().stream()
                        .flatMap(id -> walk.index.subnet(id).stream())
                        .anyMatch(s -> s.azId().equals(from.azId()));
        if (!azCovered && !walk.reply) {
            walk.hop(
                    Hop.builder(tgw.id())
                            .check(Check.AVAILABILITY_ZONE)
                            .decided(
                                    new Decision.NoAttachmentInZone(
                                            from.azId(), attachment.get().id()))
                            .build());
            walk.block(
                    tgw.id(),
                    ReasonCode.TGW_ATTACHMENT_NOT_IN_AZ,
                    null,
                    List.of(attachment.get().id()),
                    Message.of(
                            "reason.TGW_ATTACHMENT_NOT_IN_AZ.detail",
                            from.azId(),
                            attachment.get().id()),
                    Message.of(
                            "reason.TGW_ATTACHMENT_NOT_IN_AZ.fix",
                            from.azId(),
                            attachment.get().id()));
            return;
        }
        routeInTransitGateway(tgw, attachment.get().routeTable(), packet, Optional.of(from.azId()));
    }

    /** Looks the packet up in a transit gateway route table and hands it to the attachment. */
    void routeInTransitGateway(
            TransitGateway tgw, String tableId, Packet packet, Optional<String> azId) {
        walk.at(packet);
        Optional<TransitGateway.RouteTableEntry> table =
                tgw.routeTables().stream().filter(t -> t.id().equals(tableId)).findFirst();
        if (table.isEmpty()) {
            walk.hop(tgw.id());
            walk.block(
                    tgw.id(),
                    ReasonCode.TGW_NO_ROUTE,
                    null,
                    List.of(),
                    Message.of("tgw.noTable", tableId),
                    Message.of("tgw.noTable.fix"));
            return;
        }
        RouteDecision decision = walk.routes.lookup(table.get().routes(), packet.dst());
        walk.hop(
                Hop.builder(tgw.id())
                        .check(Check.ROUTE)
                        .decided(decision.asDecision())
                        .routeTable(tableId)
                        .notChosen(decision.notChosen())
                        .build());
        if (!walk.enterTable(tgw.id() + "/" + tableId, tgw.id(), decision.matchedText(), packet)) {
            return;
        }
        Optional<Route> route = decision.winner();
        if (route.isEmpty()) {
            walk.block(
                    tgw.id(),
                    ReasonCode.TGW_NO_ROUTE,
                    decision.matchedText(),
                    List.of(),
                    Message.of("reason.TGW_NO_ROUTE.detail", tableId, packet.dst()),
                    Message.of("reason.TGW_NO_ROUTE.fix", tableId, packet.dst()));
            return;
        }
        if (decision.asDecision().blackhole()) {
            // A blackhole route matches like any other (longest prefix) and then drops.
            walk.block(
                    tgw.id(),
                    ReasonCode.TGW_BLACKHOLE_ROUTE,
                    decision.matchedText(),
                    List.of(),
                    Message.of(
                            "reason.TGW_BLACKHOLE_ROUTE.detail",
                            tableId,
                            route.get().destination(),
                            packet.dst()),
                    Message.of("reason.TGW_BLACKHOLE_ROUTE.fix", tableId, packet.dst()));
            return;
        }
        Optional<Component> target = walk.index.lab.component(route.get().target());
        if (target.isPresent() && target.get() instanceof TransitGatewayAttachment att) {
            walk.hop(att.id());
            Optional<Subnet> subnet = attachmentSubnet(att, azId);
            if (subnet.isEmpty()) {
                walk.block(
                        att.id(),
                        ReasonCode.TGW_NO_ROUTE,
                        null,
                        List.of(),
                        Message.of("tgw.noSubnet", att.id()),
                        Message.of("tgw.noSubnet.fix", att.id()));
                return;
            }
            // The lab looks traffic from an attachment up in the attachment subnet's route
            // table; attachment-subnet network ACLs are not modelled (lab conventions).
            walk.vpc.routeFrom(subnet.get(), packet, Origin.through(att.id()));
            return;
        }
        if (target.isPresent() && target.get() instanceof VpnConnection vpn) {
            toOnPremises(vpn, packet);
            return;
        }
        if (target.isPresent() && target.get() instanceof TransitGatewayPeering peering) {
            throughPeering(tgw, peering, packet);
            return;
        }
        if (target.isPresent() && target.get() instanceof DirectConnectGateway dxgw) {
            walk.dx.fromTransitGateway(dxgw, packet);
            return;
        }
        walk.block(
                tgw.id(),
                ReasonCode.TGW_NO_ROUTE,
                decision.matchedText(),
                List.of(),
                Message.of("route.blackhole", route.get().target()),
                Message.of("reason.TGW_NO_ROUTE.fix", tableId, packet.dst()));
    }

    /**
     * Over a transit gateway peering attachment to the peer transit gateway, which looks the packet
     * up in its route table associated with the attachment (R-TGW-2). Only an available attachment
     * carries traffic; routes across it are static on each side, as peering does not propagate.
     */
    private void throughPeering(TransitGateway from, TransitGatewayPeering peering, Packet packet) {
        walk.at(packet);
        Decision.ConnectionState state =
                new Decision.ConnectionState(peering.status(), peering.available());
        walk.hop(Hop.builder(peering.id()).check(Check.CONNECTION).decided(state).build());
        if (!peering.available()) {
            walk.block(
                    peering.id(),
                    ReasonCode.TGW_PEERING_NOT_AVAILABLE,
                    state.text(),
                    List.of(),
                    Message.of(
                            "reason.TGW_PEERING_NOT_AVAILABLE.detail",
                            peering.id(),
                            peering.status()),
                    Message.of("reason.TGW_PEERING_NOT_AVAILABLE.fix", peering.id()));
            return;
        }
        Optional<TransitGateway> peer =
                walk.index.lab.component(peering.peerOf(from.id()), TransitGateway.class);
        if (peer.isEmpty()) {
            walk.block(
                    peering.id(),
                    ReasonCode.TGW_NO_ROUTE,
                    null,
                    List.of(),
                    Message.of("tgw.peeringNoPeer", peering.id(), peering.peerOf(from.id())),
                    Message.of("tgw.peeringNoPeer.fix", peering.id()));
            return;
        }
        String table =
                peer.get().routeTables().stream()
                        .filter(t -> t.associations().contains(peering.id()))
                        .map(TransitGateway.RouteTableEntry::id)
                        .findFirst()
                        .orElse("");
        routeInTransitGateway(peer.get(), table, packet, Optional.empty());
    }

    private Optional<Subnet> attachmentSubnet(TransitGatewayAttachment att, Optional<String> azId) {
        List<Subnet> subnets =
                att.subnets().stream().flatMap(id -> walk.index.subnet(id).stream()).toList();
        return subnets.stream()
                .filter(s -> azId.map(az -> az.equals(s.azId())).orElse(false))
                .findFirst()
                .or(() -> subnets.stream().findFirst());
    }

    /** Out of a VPC through its virtual private gateway, over a VPN, to on-premises. */
    void outThroughVpn(VirtualPrivateGateway vgw, Packet packet) {
        walk.at(packet);
        walk.hop(vgw.id());
        // Routes learned over Direct Connect are preferred over VPN routes (R-VPN-1's order).
        if (walk.dx.outOfVgw(vgw, packet)) {
            return;
        }
        Optional<VpnConnection> vpn =
                walk.index.vpnsOf(vgw.id()).stream()
                        .filter(v -> reaches(v, packet.dst()))
                        .findFirst()
                        .or(() -> walk.index.vpnsOf(vgw.id()).stream().findFirst());
        if (vpn.isEmpty()) {
            walk.block(
                    vgw.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("vpn.none", vgw.id()),
                    Message.of("vpn.none.fix", vgw.id()));
            return;
        }
        toOnPremises(vpn.get(), packet);
    }

    private boolean reaches(VpnConnection vpn, IpAddress dst) {
        return vpn.staticRoutes().stream().anyMatch(c -> c.contains(dst))
                || walk.index
                        .lab
                        .component(vpn.onPremises(), OnPremisesNetwork.class)
                        .map(n -> n.cidr().contains(dst))
                        .orElse(false);
    }

    private void toOnPremises(VpnConnection vpn, Packet packet) {
        walk.at(packet);
        walk.hop(vpn.id());
        intoOnPremises(vpn.id(), vpn.onPremises(), packet);
    }

    /**
     * From a link (a VPN connection or a Direct Connect virtual interface) into its on-premises
     * network, and to the host that holds the destination.
     */
    void intoOnPremises(String link, String networkId, Packet packet) {
        walk.at(packet);
        Optional<OnPremisesNetwork> network =
                walk.index.lab.component(networkId, OnPremisesNetwork.class);
        if (network.isEmpty()) {
            walk.block(
                    link,
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("vpn.noNetwork", link),
                    Message.of("vpn.noNetwork.fix", link));
            return;
        }
        walk.hop(network.get().id());
        Optional<OnPremisesHost> host =
                walk.index
                        .onPremisesHost(packet.dst())
                        .filter(h -> h.network().equals(network.get().id()));
        if (host.isEmpty()) {
            walk.block(
                    network.get().id(),
                    ReasonCode.NO_INTERFACE_FOR_DESTINATION,
                    null,
                    List.of(),
                    Message.of(
                            "reason.NO_INTERFACE_FOR_DESTINATION.detail",
                            packet.dst(),
                            network.get().id()),
                    Message.of("reason.NO_INTERFACE_FOR_DESTINATION.fix", packet.dst()));
            return;
        }
        walk.hop(host.get().id());
        walk.deliver(
                new Delivery(
                        host.get().id(),
                        Delivery.Kind.ON_PREMISES_HOST,
                        packet,
                        Optional.empty(),
                        Optional.empty()));
    }

    /** From an on-premises network: its router's routes send the packet into a VPN. */
    void fromOnPremises(OnPremisesNetwork network, Packet packet) {
        walk.at(packet);
        RouteDecision decision = walk.routes.lookup(network.routes(), packet.dst());
        walk.hop(
                Hop.builder(network.id())
                        .check(Check.ROUTE)
                        .decided(decision.asDecision())
                        .notChosen(decision.notChosen())
                        .build());
        if (!walk.enterTable(network.id(), network.id(), decision.matchedText(), packet)) {
            return;
        }
        Optional<VirtualInterface> vif =
                decision.winner()
                        .flatMap(r -> walk.index.lab.component(r.target(), VirtualInterface.class));
        if (vif.isPresent()) {
            walk.dx.fromOnPremises(vif.get(), packet);
            return;
        }
        Optional<VpnConnection> vpn =
                decision.winner()
                        .flatMap(r -> walk.index.lab.component(r.target(), VpnConnection.class));
        if (vpn.isEmpty()) {
            walk.block(
                    network.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    decision.matchedText(),
                    List.of(),
                    Message.of("reason.NO_ROUTE_TO_DESTINATION.detail", network.id(), packet.dst()),
                    Message.of(
                            "reason.NO_ROUTE_TO_DESTINATION.onPremFix",
                            network.id(),
                            packet.dst()));
            return;
        }
        walk.hop(vpn.get().id());
        Optional<Component> gateway = walk.index.lab.component(vpn.get().vpnGateway());
        if (gateway.isPresent() && gateway.get() instanceof TransitGateway tgw) {
            String table =
                    tgw.routeTables().stream()
                            .filter(t -> t.associations().contains(vpn.get().id()))
                            .map(TransitGateway.RouteTableEntry::id)
                            .findFirst()
                            .orElse("");
            routeInTransitGateway(tgw, table, packet, Optional.empty());
            return;
        }
        if (gateway.isEmpty() || !(gateway.get() instanceof VirtualPrivateGateway vgw)) {
            walk.block(
                    vpn.get().id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("vpn.noGateway", vpn.get().id()),
                    Message.of("vpn.noGateway.fix", vpn.get().id()));
            return;
        }
        intoVpcThroughVgw(vgw, packet, false);
    }

    /**
     * Into a VPC through its virtual private gateway, from a VPN or a Direct Connect private
     * virtual interface: only to network interfaces of the VPC (R-ONPREM-1), never on through its
     * gateway endpoints, NAT gateways or internet gateway.
     */
    void intoVpcThroughVgw(VirtualPrivateGateway vgw, Packet packet, boolean directConnect) {
        walk.at(packet);
        Optional<Vpc> vpc = walk.index.vpc(vgw.vpc());
        if (vpc.isPresent() && LabIndex.vpcContains(vpc.get(), packet.dst())) {
            walk.hop(vgw.id());
            // Ingress routing: the virtual private gateway's route table, if it has one.
            walk.inspection.enterThroughGateway(
                    vgw.id(), vpc.get().id(), packet, Origin.through(vgw.id()));
            return;
        }
        String vpcId = vpc.map(Vpc::id).orElse(vgw.vpc());
        walk.hop(
                Hop.builder(vgw.id())
                        .check(Check.DESTINATION)
                        .decided(
                                vpc.map(v -> PeeringRouting.outside(packet.dst(), v))
                                        .orElse(
                                                new Decision.OutsideVpc(
                                                        packet.dst(), vpcId, Optional.empty())))
                        .build());
        Optional<GatewayEndpoint> gwe = gatewayEndpointFor(vpcId, packet.dst());
        if (gwe.isPresent()) {
            walk.block(
                    vgw.id(),
                    ReasonCode.GATEWAY_ENDPOINT_NOT_TRANSITIVE,
                    null,
                    List.of(gwe.get().id()),
                    Message.of(
                            directConnect
                                    ? "reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.dx"
                                    : "reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.vpn",
                            vpcId,
                            gwe.get().id()),
                    Message.of("reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.fix"));
            return;
        }
        List<String> edges = walk.index.natAndInternetGatewaysOf(vpcId);
        if (!edges.isEmpty() && directConnect) {
            walk.block(
                    vgw.id(),
                    ReasonCode.DIRECT_CONNECT_EDGE_TO_EDGE_NOT_SUPPORTED,
                    null,
                    edges,
                    Message.of(
                            "reason.DIRECT_CONNECT_EDGE_TO_EDGE_NOT_SUPPORTED.detail",
                            packet.dst(),
                            vpcId,
                            String.join(", ", edges)),
                    Message.of("reason.DIRECT_CONNECT_EDGE_TO_EDGE_NOT_SUPPORTED.fix"));
            return;
        }
        if (!edges.isEmpty()) {
            walk.block(
                    vgw.id(),
                    ReasonCode.VPN_EDGE_TO_EDGE_NOT_SUPPORTED,
                    null,
                    edges,
                    Message.of(
                            "reason.VPN_EDGE_TO_EDGE_NOT_SUPPORTED.detail",
                            packet.dst(),
                            vpcId,
                            String.join(", ", edges)),
                    Message.of("reason.VPN_EDGE_TO_EDGE_NOT_SUPPORTED.fix"));
            return;
        }
        walk.block(
                vgw.id(),
                ReasonCode.NO_ROUTE_TO_DESTINATION,
                null,
                List.of(),
                Message.of("vpn.outsideVpc", packet.dst(), vpcId),
                Message.of("vpn.outsideVpc.fix"));
    }

    /** The VPC's NAT gateways and internet gateway, which VPN-arriving traffic cannot use. */
}
