package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import java.util.Collection;
import java.util.Optional;

/**
 * What AWS accepts in a gateway route table, one associated with an internet gateway or a virtual
 * private gateway (R-GWRT-1,
 * https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html): "The default local
 * route", "A network interface for a middlebox appliance" and Gateway Load Balancer endpoints as
 * targets; with such a target the destination is "The entire IPv4 or IPv6 CIDR block of your VPC"
 * or "The entire IPv4 or IPv6 CIDR block of a subnet in your VPC". The checker reports the routes
 * AWS refuses; the tracer leaves them out of the table, and ignores an association with a gateway
 * of another VPC.
 */
public final class GatewayRouteTableRules {
    private GatewayRouteTableRules() {}

    /** Whether a gateway route table may send traffic to a target of this kind. */
    public static boolean allowsTarget(ComponentKind kind) {
        return kind == ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT
                || kind == ComponentKind.INSTANCE;
    }

    /**
     * Whether AWS accepts the route in a gateway route table of {@code vpc}: the local route, or a
     * route for the whole VPC block or a whole subnet block to an allowed target.
     *
     * @param targetKind the kind of the route's target, empty for {@code local} or a dangling id
     * @param subnetBlocks the CIDR blocks of the VPC's subnets
     */
    public static boolean accepts(
            Route route,
            Optional<ComponentKind> targetKind,
            Vpc vpc,
            Collection<Cidr> subnetBlocks) {
        if (!(route.destination() instanceof AddressSet.Block b)) {
            return false; // a prefix list is not a VPC or subnet block
        }
        Cidr dest = b.cidr();
        boolean vpcBlock =
                dest.equals(vpc.cidr()) || vpc.ipv6Cidr().map(dest::equals).orElse(false);
        if (route.isLocal()) {
            return vpcBlock;
        }
        return targetKind.map(GatewayRouteTableRules::allowsTarget).orElse(false)
                && (vpcBlock || subnetBlocks.contains(dest));
    }

    /**
     * Whether {@code id} (an associated gateway, or a route's target) is known to live in another
     * VPC than {@code vpc}: AWS associates with a route table only a gateway attached to the
     * table's VPC, and a route's Gateway Load Balancer endpoint or network interface must be in it
     * too. An id the lab cannot place is not called foreign (the reference check reports it).
     */
    public static boolean inOtherVpc(Lab lab, String id, String vpc) {
        return vpcOf(lab, id).map(v -> !v.equals(vpc)).orElse(false);
    }

    private static Optional<String> vpcOf(Lab lab, String id) {
        Optional<Component> c = lab.component(id);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (c.get() instanceof InternetGateway g) {
            return Optional.of(g.vpc());
        }
        if (c.get() instanceof VirtualPrivateGateway g) {
            return Optional.of(g.vpc());
        }
        if (c.get() instanceof GatewayLoadBalancerEndpoint e) {
            return Optional.of(e.vpc());
        }
        if (c.get() instanceof Instance i) {
            return lab.component(i.subnet(), Subnet.class).map(Subnet::vpc);
        }
        return Optional.empty();
    }
}
