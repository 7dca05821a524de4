package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * A Site-to-Site VPN connection between a virtual private gateway (or transit gateway) and an
 * on-premises network.
 *
 * @param routing {@code static} or {@code dynamic}
 * @param staticRoutes the on-premises CIDRs routed into the tunnel
 */
public record VpnConnection(
        String id,
        String vpnGateway,
        String onPremises,
        IpAddress customerGatewayIp,
        String routing,
        List<Cidr> staticRoutes)
        implements Component {
    public VpnConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpnGateway, "vpnGateway");
        Objects.requireNonNull(onPremises, "onPremises");
        Objects.requireNonNull(customerGatewayIp, "customerGatewayIp");
        Objects.requireNonNull(routing, "routing");
        staticRoutes = List.copyOf(staticRoutes);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.VPN_CONNECTION;
    }
}
