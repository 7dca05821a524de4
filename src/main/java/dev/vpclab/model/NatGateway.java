package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.Objects;
import java.util.Optional;

/** A NAT gateway in a subnet: public (with an Elastic IP) or private (R-NAT-1, R-NAT-2). */
public record NatGateway(
        String id,
        String subnet,
        NatConnectivity connectivity,
        IpAddress privateIp,
        Optional<IpAddress> elasticIp)
        implements Component {
    public NatGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(connectivity, "connectivity");
        Objects.requireNonNull(privateIp, "privateIp");
        Objects.requireNonNull(elasticIp, "elasticIp");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.NAT_GATEWAY;
    }
}
