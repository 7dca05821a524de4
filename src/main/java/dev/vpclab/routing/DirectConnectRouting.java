package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * Moves a packet over AWS Direct Connect (aws-rules R-DX-1 to R-DX-3):
 *
 * <ul>
 *   <li>a private virtual interface ends on a virtual private gateway (one VPC) or on a Direct
 *       Connect gateway, which hands the packet to the associated VGW whose VPC holds the address;
 *   <li>a transit virtual interface ends on a Direct Connect gateway associated with a transit
 *       gateway, whose route table associated with the Direct Connect gateway routes it on;
 *   <li>a public virtual interface reaches AWS public addresses (Amazon S3, public IPs of
 *       instances), never the rest of the internet, from the customer's public address.
 * </ul>
 *
 * <p>Traffic from a virtual private gateway ends on network interfaces of its VPC only, as for a
 * VPN (R-ONPREM-1): a gateway endpoint, NAT gateway or internet gateway cannot be used from
 * on-premises. AWS:
 * https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html,
 * https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html,
 * https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html
 */
final class DirectConnectRouting {
    private final Walk walk;

    DirectConnectRouting(Walk walk) {
        this.walk = walk;
    }

    /** From the on-premises router into a virtual interface, towards AWS. */
    void fromOnPremises(VirtualInterface vif, Packet packet) {
        walk.at(packet);
        if (vif.isPublic()) {
            outOverPublicInterface(vif, packet);
            return;
        }
        hopAt(vif);
        Optional<Component> gateway = vif.gateway().flatMap(walk.index.lab::component);
        if (gateway.isPresent()
                && gateway.get() instanceof VirtualPrivateGateway vgw
                && !vif.isTransit()) {
            walk.transit.intoVpcThroughVgw(vgw, packet, true);
            return;
        }
        if (gateway.isPresent() && gateway.get() instanceof DirectConnectGateway dxgw) {
            intoAwsThroughGateway(vif, dxgw, packet);
            return;
        }
        mismatch(vif, packet);
    }

    private void intoAwsThroughGateway(
            VirtualInterface vif, DirectConnectGateway dxgw, Packet packet) {
        List<Component> associated =
                dxgw.associations().stream()
                        .flatMap(id -> walk.index.lab.component(id).stream())
                        .toList();
        if (vif.isTransit()) {
            Optional<TransitGateway> tgw =
                    associated.stream()
                            .filter(TransitGateway.class::isInstance)
                            .map(TransitGateway.class::cast)
                            .findFirst();
            if (tgw.isEmpty()) {
                mismatch(vif, packet);
                return;
            }
            route(dxgw, Optional.of(tgw.get().id()), Optional.empty());
            String table =
                    tgw.get().routeTables().stream()
                            .filter(t -> t.associations().contains(dxgw.id()))
                            .map(TransitGateway.RouteTableEntry::id)
                            .findFirst()
                            .orElse("");
            walk.transit.routeInTransitGateway(tgw.get(), table, packet, Optional.empty());
            return;
        }
        if (associated.stream().anyMatch(TransitGateway.class::isInstance)) {
            // A Direct Connect gateway associated with a transit gateway takes no private VIF.
            mismatch(vif, packet);
            return;
        }
        for (Component c : associated) {
            if (c instanceof VirtualPrivateGateway vgw) {
                Optional<Vpc> vpc = walk.index.vpc(vgw.vpc());
                if (vpc.isPresent() && LabIndex.vpcContains(vpc.get(), packet.dst())) {
                    route(
                            dxgw,
                            Optional.of(vgw.id()),
                            Optional.of(LabIndex.cidrFor(vpc.get(), packet.dst())));
                    walk.transit.intoVpcThroughVgw(vgw, packet, true);
                    return;
                }
            }
        }
        noRoute(dxgw, packet);
    }

    /**
     * Out of a VPC's virtual private gateway towards on-premises over Direct Connect: a private
     * virtual interface on the VGW, or on a Direct Connect gateway associated with it, whose
     * network holds the destination. False when none does (a VPN may carry it instead).
     */
    boolean outOfVgw(VirtualPrivateGateway vgw, Packet packet) {
        walk.at(packet);
        for (VirtualInterface vif : walk.index.virtualInterfacesOf(vgw.id())) {
            if (!vif.isPublic() && !vif.isTransit() && holds(vif, packet.dst())) {
                hopAt(vif);
                walk.transit.intoOnPremises(vif.id(), vif.onPremises(), packet);
                return true;
            }
        }
        for (DirectConnectGateway dxgw : walk.index.directConnectGatewaysOf(vgw.id())) {
            for (VirtualInterface vif : walk.index.virtualInterfacesOf(dxgw.id())) {
                if (!vif.isPublic() && !vif.isTransit() && holds(vif, packet.dst())) {
                    route(dxgw, Optional.of(vif.id()), network(vif).map(OnPremisesNetwork::cidr));
                    hopAt(vif);
                    walk.transit.intoOnPremises(vif.id(), vif.onPremises(), packet);
                    return true;
                }
            }
        }
        List<DirectConnectGateway> dxgws = walk.index.directConnectGatewaysOf(vgw.id());
        if (!dxgws.isEmpty() && walk.index.vpnsOf(vgw.id()).isEmpty()) {
            // Only Direct Connect behind this VGW, and no virtual interface holds the address: a
            // Direct Connect gateway does not carry it on to another associated VPC.
            noRoute(dxgws.get(0), packet);
            return true;
        }
        return false;
    }

    /** From a transit gateway route to a Direct Connect gateway, over a transit VIF. */
    void fromTransitGateway(DirectConnectGateway dxgw, Packet packet) {
        walk.at(packet);
        for (VirtualInterface vif : walk.index.virtualInterfacesOf(dxgw.id())) {
            if (vif.isTransit() && holds(vif, packet.dst())) {
                route(dxgw, Optional.of(vif.id()), network(vif).map(OnPremisesNetwork::cidr));
                hopAt(vif);
                walk.transit.intoOnPremises(vif.id(), vif.onPremises(), packet);
                return;
            }
        }
        noRoute(dxgw, packet);
    }

    /**
     * On a public virtual interface: the customer router sends from its public address (AWS
     * requires public addresses the customer owns there), and Amazon's network delivers to AWS
     * public addresses only.
     */
    private void outOverPublicInterface(VirtualInterface vif, Packet packet) {
        Packet out = packet;
        if (vif.customerAddress().isPresent()
                && !vif.customerAddress().get().equals(packet.src())) {
            Decision.Translation nat =
                    new Decision.Translation(
                            Decision.AddressField.SRC, packet.src(), vif.customerAddress().get());
            walk.hop(Hop.builder(vif.id()).check(Check.TRANSLATE).decided(nat).build());
            walk.conntrack.put(vif.id(), new Conntrack.NatEntry(packet.src(), packet.sender()));
            out = packet.withSrc(vif.customerAddress().get(), null);
        } else {
            hopAt(vif);
        }
        walk.at(out);
        IpAddress dst = out.dst();
        boolean aws =
                walk.index.serviceAt(dst).isPresent()
                        || walk.index.instanceWithPublicIp(dst).isPresent()
                        || walk.index.natWithElasticIp(dst).isPresent();
        if (!aws) {
            walk.block(
                    vif.id(),
                    ReasonCode.PUBLIC_VIRTUAL_INTERFACE_NOT_AWS,
                    null,
                    List.of(),
                    Message.of("reason.PUBLIC_VIRTUAL_INTERFACE_NOT_AWS.detail", dst, vif.id()),
                    Message.of("reason.PUBLIC_VIRTUAL_INTERFACE_NOT_AWS.fix"));
            return;
        }
        walk.edges.onInternet(out);
    }

    /** A reply to the customer's public address comes back over its public virtual interface. */
    void backOverPublicInterface(VirtualInterface vif, Packet packet) {
        walk.at(packet);
        Optional<Conntrack.NatEntry> entry = walk.conntrack.get(vif.id(), Conntrack.NatEntry.class);
        if (entry.isEmpty()) {
            hopAt(vif);
            walk.transit.intoOnPremises(vif.id(), vif.onPremises(), packet);
            return;
        }
        Decision.Translation back =
                new Decision.Translation(
                        Decision.AddressField.DST, packet.dst(), entry.get().originalSrc());
        walk.hop(Hop.builder(vif.id()).check(Check.TRANSLATE).decided(back).build());
        walk.transit.intoOnPremises(
                vif.id(), vif.onPremises(), packet.withDst(entry.get().originalSrc()));
    }

    private boolean holds(VirtualInterface vif, IpAddress dst) {
        return network(vif).map(n -> n.cidr().contains(dst)).orElse(false);
    }

    private Optional<OnPremisesNetwork> network(VirtualInterface vif) {
        return walk.index.lab.component(vif.onPremises(), OnPremisesNetwork.class);
    }

    private void hopAt(VirtualInterface vif) {
        Decision.VirtualInterfaceHop d =
                new Decision.VirtualInterfaceHop(vif.id(), vif.type(), vif.gateway());
        walk.hop(Hop.builder(vif.id()).decided(d).build());
    }

    private void route(DirectConnectGateway dxgw, Optional<String> next, Optional<Cidr> holding) {
        Decision.DirectConnectGatewayRoute d =
                new Decision.DirectConnectGatewayRoute(dxgw.id(), next, holding);
        walk.hop(Hop.builder(dxgw.id()).check(Check.ROUTE).decided(d).build());
    }

    private void noRoute(DirectConnectGateway dxgw, Packet packet) {
        route(dxgw, Optional.empty(), Optional.empty());
        walk.block(
                dxgw.id(),
                ReasonCode.DIRECT_CONNECT_GATEWAY_NO_ROUTE,
                "none",
                List.of(),
                Message.of(
                        "reason.DIRECT_CONNECT_GATEWAY_NO_ROUTE.detail", dxgw.id(), packet.dst()),
                Message.of("reason.DIRECT_CONNECT_GATEWAY_NO_ROUTE.fix", dxgw.id()));
    }

    private void mismatch(VirtualInterface vif, Packet packet) {
        walk.block(
                vif.id(),
                ReasonCode.VIRTUAL_INTERFACE_TYPE_MISMATCH,
                null,
                vif.gateway().stream().toList(),
                Message.of(
                        "reason.VIRTUAL_INTERFACE_TYPE_MISMATCH.detail",
                        vif.id(),
                        vif.type(),
                        vif.gateway().orElse("-")),
                Message.of("reason.VIRTUAL_INTERFACE_TYPE_MISMATCH.fix", vif.id()));
    }
}
