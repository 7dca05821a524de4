package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A VPC route table with its complete effective routes: the local route, static routes, one route
 * per associated gateway endpoint and propagated routes.
 */
public record RouteTable(String id, String vpc, List<Route> routes, List<String> propagatingVgws)
        implements Component {
    public RouteTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        routes = List.copyOf(routes);
        propagatingVgws = List.copyOf(propagatingVgws);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.ROUTE_TABLE;
    }
}
