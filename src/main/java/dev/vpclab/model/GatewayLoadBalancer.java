package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A Gateway Load Balancer in a provider (inspection) VPC: one node per enabled subnet, and the
 * appliances registered as its targets. It has no listener port of its own: it takes every IP
 * packet that a Gateway Load Balancer endpoint hands it and sends it, encapsulated in GENEVE on UDP
 * port 6081, to one healthy appliance, which returns it the same way (R-GWLB-1, R-GWLB-3).
 * Cross-zone load balancing is off by default, as on a Network Load Balancer.
 *
 * @param nodes the load balancer's network interfaces, one per enabled subnet
 * @param targets the appliances (instance ids) with their health-check state
 */
public record GatewayLoadBalancer(
        String id,
        String vpc,
        List<NetworkLoadBalancer.Node> nodes,
        boolean crossZone,
        List<Target> targets)
        implements Component {

    /** The UDP port on which a Gateway Load Balancer exchanges GENEVE with its appliances. */
    public static final int GENEVE_PORT = 6081;

    /** The health states a target may be written with. */
    public static final List<String> HEALTH = List.of("healthy", "unhealthy");

    public GatewayLoadBalancer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        nodes = List.copyOf(nodes);
        targets = List.copyOf(targets);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.GATEWAY_LOAD_BALANCER;
    }

    /** A registered appliance and whether it passes the load balancer's health checks. */
    public record Target(String id, String health) {
        public Target {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(health, "health");
            if (!HEALTH.contains(health)) {
                throw new IllegalArgumentException(
                        "'" + health + "' is not a target health: expected healthy or unhealthy");
            }
        }

        public boolean healthy() {
            return health.equals("healthy");
        }
    }
}
