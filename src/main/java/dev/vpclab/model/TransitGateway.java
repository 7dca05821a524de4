package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/** A transit gateway: a Regional router whose route tables send traffic between attachments. */
public record TransitGateway(String id, String region, List<RouteTableEntry> routeTables)
        implements Component {
    public TransitGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        routeTables = List.copyOf(routeTables);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.TRANSIT_GATEWAY;
    }

    /**
     * A transit gateway route table: the attachments associated with it and its routes (target: an
     * attachment id, or {@code blackhole}).
     */
    public record RouteTableEntry(String id, List<String> associations, List<Route> routes) {
        public RouteTableEntry {
            Objects.requireNonNull(id, "id");
            associations = List.copyOf(associations);
            routes = List.copyOf(routes);
        }
    }
}
