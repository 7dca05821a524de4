package dev.vpclab.routing;

import java.util.Optional;

/**
 * Where the packet entered the VPC it is in: from one of the VPC's own interfaces, or through a
 * transit gateway attachment, peering connection, virtual private gateway or internet gateway.
 * Gateway endpoints and NAT gateways serve only packets that start in the VPC (R-GW-6, R-NAT-4,
 * R-ONPREM-1).
 */
record Origin(Optional<String> through) {
    static final Origin LOCAL = new Origin(Optional.empty());

    static Origin through(String componentId) {
        return new Origin(Optional.of(componentId));
    }

    boolean isLocal() {
        return through.isEmpty();
    }
}
