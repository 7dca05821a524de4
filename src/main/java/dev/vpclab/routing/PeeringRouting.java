package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a packet over a VPC peering connection: it delivers only to addresses inside the peer VPC,
 * so peering is not transitive and a peer's internet gateway, NAT, VPN or gateway endpoint cannot
 * be used (R-PEER-3, R-PEER-4, R-GW-6).
 */
final class PeeringRouting {
    private final Walk walk;

    PeeringRouting(Walk walk) {
        this.walk = walk;
    }

    /** Over a peering connection: it delivers only to addresses inside the peer VPC. */
    void throughPeering(VpcPeering pcx, String fromVpc, Packet packet) {
        walk.at(packet);
        if (!pcx.isActive()) {
            walk.hop(
                    Hop.builder(pcx.id())
                            .check(Check.CONNECTION)
                            .decided(new Decision.ConnectionState(pcx.status(), false))
                            .build());
            boolean failed = pcx.status().equalsIgnoreCase("failed");
            walk.block(
                    pcx.id(),
                    failed
                            ? ReasonCode.VPC_PEERING_CIDR_OVERLAP
                            : ReasonCode.VPC_PEERING_NOT_ACTIVE,
                    null,
                    List.of(),
                    Message.of("reason.VPC_PEERING_NOT_ACTIVE.detail", pcx.id(), pcx.status()),
                    Message.of("reason.VPC_PEERING_NOT_ACTIVE.fix", pcx.id()));
            return;
        }
        Optional<Vpc> peer = walk.index.vpc(pcx.peerOf(fromVpc));
        if (peer.isEmpty()) {
            walk.hop(pcx.id());
            walk.block(
                    pcx.id(),
                    ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    Message.of("peering.noPeer", pcx.id()),
                    Message.of("peering.noPeer.fix", pcx.id()));
            return;
        }
        IpAddress dst = packet.dst();
        if (LabIndex.vpcContains(peer.get(), dst)) {
            walk.hop(pcx.id());
            walk.vpc.deliverLocal(
                    peer.get().id(), packet, Optional.empty(), Origin.through(pcx.id()));
            return;
        }
        walk.hop(
                Hop.builder(pcx.id())
                        .check(Check.DESTINATION)
                        .decided(outside(dst, peer.get()))
                        .build());
        blockOutsidePeer(pcx, peer.get(), packet);
    }

    /** A destination outside the VPC a connection delivers to. */
    static Decision.OutsideVpc outside(IpAddress dst, Vpc vpc) {
        return new Decision.OutsideVpc(dst, vpc.id(), Optional.of(LabIndex.cidrFor(vpc, dst)));
    }

    private void blockOutsidePeer(VpcPeering pcx, Vpc peer, Packet packet) {
        walk.at(packet);
        IpAddress dst = packet.dst();
        Optional<GatewayEndpoint> gwe = walk.transit.gatewayEndpointFor(peer.id(), dst);
        if (gwe.isPresent()) {
            walk.block(
                    pcx.id(),
                    ReasonCode.GATEWAY_ENDPOINT_NOT_TRANSITIVE,
                    null,
                    List.of(gwe.get().id()),
                    Message.of(
                            "reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.peering",
                            peer.id(),
                            gwe.get().id()),
                    Message.of("reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.fix"));
            return;
        }
        for (VpcPeering other : walk.index.peeringsOf(peer.id())) {
            Optional<Vpc> third = walk.index.vpc(other.peerOf(peer.id()));
            if (!other.equals(pcx) && third.isPresent() && LabIndex.vpcContains(third.get(), dst)) {
                walk.block(
                        pcx.id(),
                        ReasonCode.PEERING_NOT_TRANSITIVE,
                        null,
                        List.of(other.id()),
                        Message.of("reason.PEERING_NOT_TRANSITIVE.detail", peer.id(), other.id()),
                        Message.of("reason.PEERING_NOT_TRANSITIVE.fix", third.get().id()));
                return;
            }
        }
        List<String> edges = new ArrayList<>(walk.index.natAndInternetGatewaysOf(peer.id()));
        walk.index.virtualPrivateGateway(peer.id()).ifPresent(g -> edges.add(g.id()));
        if (!edges.isEmpty()) {
            walk.block(
                    pcx.id(),
                    ReasonCode.PEERING_EDGE_TO_EDGE_NOT_SUPPORTED,
                    null,
                    edges,
                    Message.of("reason.PEERING_EDGE_TO_EDGE_NOT_SUPPORTED.detail", peer.id()),
                    Message.of("reason.PEERING_EDGE_TO_EDGE_NOT_SUPPORTED.fix"));
            return;
        }
        walk.block(
                pcx.id(),
                ReasonCode.PEERING_NOT_TRANSITIVE,
                null,
                List.of(),
                Message.of("reason.PEERING_NOT_TRANSITIVE.outside", dst, peer.id()),
                Message.of("reason.PEERING_NOT_TRANSITIVE.fix", "?"));
    }
}
