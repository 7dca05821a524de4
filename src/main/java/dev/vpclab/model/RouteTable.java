package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A VPC route table with its complete effective routes: the local route, static routes, one route
 * per associated gateway endpoint and propagated routes.
 *
 * @param gatewayAssociations the internet gateway or virtual private gateway associated with the
 *     table (an edge association): the table is then a gateway route table, which routes the
 *     traffic that enters the VPC through that gateway (ingress routing, R-GWRT-1)
 */
public record RouteTable(
        String id,
        String vpc,
        List<Route> routes,
        List<String> propagatingVgws,
        List<String> gatewayAssociations)
        implements Component {
    public RouteTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        routes = List.copyOf(routes);
        propagatingVgws = List.copyOf(propagatingVgws);
        gatewayAssociations = List.copyOf(gatewayAssociations);
    }

    /** A table associated with subnets only. */
    public RouteTable(String id, String vpc, List<Route> routes, List<String> propagatingVgws) {
        this(id, vpc, routes, propagatingVgws, List.of());
    }

    /** The same table with other routes (its associations kept). */
    public RouteTable withRoutes(List<Route> newRoutes) {
        return new RouteTable(id, vpc, newRoutes, propagatingVgws, gatewayAssociations);
    }

    /** Whether a gateway is associated with the table (a gateway route table). */
    public boolean isGatewayRouteTable() {
        return !gatewayAssociations.isEmpty();
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.ROUTE_TABLE;
    }
}
