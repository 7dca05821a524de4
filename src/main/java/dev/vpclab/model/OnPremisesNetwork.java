package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * A network outside AWS (a data centre or office) with its router's routes (target: a VPN
 * connection id) and the DNS resolver its hosts use.
 */
public record OnPremisesNetwork(String id, Cidr cidr, List<Route> routes, String dnsResolver)
        implements Component {
    public OnPremisesNetwork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cidr, "cidr");
        routes = List.copyOf(routes);
        Objects.requireNonNull(dnsResolver, "dnsResolver");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.ON_PREMISES;
    }
}
