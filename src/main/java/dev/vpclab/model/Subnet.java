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

    /** The same subnet associated with another route table. */
    public Subnet withRouteTable(String table) {
        return new Subnet(id, vpc, cidr, ipv6Cidr, az, azId, table, nacl);
    }

    /** The same subnet associated with another network ACL. */
    public Subnet withNacl(String acl) {
        return new Subnet(id, vpc, cidr, ipv6Cidr, az, azId, routeTable, acl);
    }

    /** The same subnet with other address ranges (a pasted copy gets free ones). */
    public Subnet withCidrs(Cidr v4, Optional<Cidr> v6) {
        return new Subnet(id, vpc, v4, v6, az, azId, routeTable, nacl);
    }
}
