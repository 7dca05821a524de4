package dev.vpclab.model;

import java.util.Objects;

/**
 * A VPC peering connection between a requester and an accepter VPC.
 *
 * @param status {@code active}, {@code failed} or {@code pending-acceptance}
 */
public record VpcPeering(
        String id, String requester, String accepter, String status, boolean interRegion)
        implements Component {
    public VpcPeering {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    /** The VPC on the other side of the connection from {@code vpc}. */
    public String peerOf(String vpc) {
        return requester.equals(vpc) ? accepter : requester;
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.VPC_PEERING;
    }
}
