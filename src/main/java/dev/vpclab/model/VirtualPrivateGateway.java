package dev.vpclab.model;

import java.util.Objects;

/** A virtual private gateway: the VPN end of a VPC. */
public record VirtualPrivateGateway(String id, String vpc) implements Component {
    public VirtualPrivateGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.VIRTUAL_PRIVATE_GATEWAY;
    }
}
