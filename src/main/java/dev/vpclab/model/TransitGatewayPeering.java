package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A transit gateway peering attachment between two transit gateways, in the same or in different
 * Regions (R-TGW-2). The accepter must accept it; only an {@code available} attachment carries
 * traffic. Routes over it are static: a transit gateway does not propagate routes across a peering
 * attachment, so each side needs a static route naming the attachment.
 *
 * <p>AWS: https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html
 */
public record TransitGatewayPeering(String id, String requester, String accepter, String status)
        implements Component {

    /** The attachment states, as the EC2 API names them. */
    public static final List<String> STATES =
            List.of(
                    "available",
                    "pendingAcceptance",
                    "initiatingRequest",
                    "rejected",
                    "failed",
                    "deleted");

    public TransitGatewayPeering {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the attachment carries traffic. */
    public boolean available() {
        return status.equals("available");
    }

    /** The transit gateway on the other side of {@code tgw}. */
    public String peerOf(String tgw) {
        return tgw.equals(requester) ? accepter : requester;
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.TRANSIT_GATEWAY_PEERING;
    }
}
