package dev.vpclab.model;

/**
 * What AWS accepts as a route more specific than a VPC's local route (R-RT-4, subnet route tables,
 * "Rules and considerations"): "The destination must match the entire IPv4 or IPv6 CIDR block of a
 * subnet in your VPC. The target must be a NAT gateway, network interface, or Gateway Load Balancer
 * endpoint." The lab models network interfaces as instances. The checker reports the routes AWS
 * refuses; the tracer leaves them out of the table, since AWS would never have created them.
 */
public final class MoreSpecificThanLocal {
    private MoreSpecificThanLocal() {}

    /** Whether a route more specific than the local route may point at a target of this kind. */
    public static boolean allowsTarget(ComponentKind kind) {
        return kind == ComponentKind.NAT_GATEWAY
                || kind == ComponentKind.INSTANCE
                || kind == ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT;
    }
}
