package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A VPC attachment of a transit gateway: one subnet per enabled Availability Zone and the transit
 * gateway route table it is associated with.
 */
public record TransitGatewayAttachment(
        String id, String transitGateway, String vpc, List<String> subnets, String routeTable)
        implements Component {
    public TransitGatewayAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transitGateway, "transitGateway");
        Objects.requireNonNull(vpc, "vpc");
        subnets = List.copyOf(subnets);
        Objects.requireNonNull(routeTable, "routeTable");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.TRANSIT_GATEWAY_ATTACHMENT;
    }
}
