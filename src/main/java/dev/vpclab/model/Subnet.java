package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import java.util.Objects;
import java.util.Optional;

/**
 * A subnet of a VPC in one Availability Zone, with the route table and network ACL associated with
 * it. {@code az} is the zone name in the owning account; {@code azId} is the account- independent
 * zone id that endpoint services are matched on.
 */
public record Subnet(
        String id,
        String vpc,
        Cidr cidr,
        Optional<Cidr> ipv6Cidr,
        String az,
        String azId,
        String routeTable,
        String nacl)
        implements Component {
    public Subnet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(ipv6Cidr, "ipv6Cidr");
        Objects.requireNonNull(az, "az");
        Objects.requireNonNull(azId, "azId");
        Objects.requireNonNull(routeTable, "routeTable");
        Objects.requireNonNull(nacl, "nacl");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.SUBNET;
    }
}
