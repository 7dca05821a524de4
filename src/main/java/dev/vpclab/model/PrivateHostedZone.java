package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Route 53 private hosted zone and the VPCs associated with it: the Route 53 Resolver of those
 * VPCs (and queries arriving through their inbound endpoints) answers names of the zone from its
 * records. For a central interface endpoint, a zone named after the service with an alias record to
 * the endpoint, associated with the spoke VPCs, stands in for the endpoint's private DNS.
 */
public record PrivateHostedZone(String id, String name, List<String> vpcs, List<Record> records)
        implements Component {
    public PrivateHostedZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        vpcs = List.copyOf(vpcs);
        records = List.copyOf(records);
    }

    /**
     * A record of the zone: an {@code A} record with addresses, or an {@code alias} to an interface
     * endpoint (which answers with its network interfaces' addresses).
     */
    public record Record(String name, List<IpAddress> values, Optional<String> aliasTarget) {
        public Record {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            Objects.requireNonNull(aliasTarget, "aliasTarget");
        }
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.PRIVATE_HOSTED_ZONE;
    }
}
