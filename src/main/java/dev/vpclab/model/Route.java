package dev.vpclab.model;

import java.util.Objects;

/**
 * One route of a route table: a destination (CIDR or prefix list), a target (a component id or
 * {@code local}) and whether it was added by hand (static) or propagated from a virtual private
 * gateway.
 */
public record Route(AddressSet destination, String target, RouteOrigin origin) {
    /** The target of the route AWS adds for each VPC CIDR. */
    public static final String LOCAL = "local";

    /** The target of a transit gateway route that drops what it matches. */
    public static final String BLACKHOLE = "blackhole";

    public Route {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(origin, "origin");
        if (destination instanceof AddressSet.SecurityGroupRef) {
            throw new IllegalArgumentException("a route destination is a CIDR or a prefix list");
        }
    }

    public boolean isLocal() {
        return LOCAL.equals(target);
    }

    /** Whether the route drops what it matches (a transit gateway blackhole route). */
    public boolean isBlackhole() {
        return BLACKHOLE.equals(target);
    }

    /** The canonical text {@code "<destination> -> <target>"}. */
    @Override
    public String toString() {
        return destination + " -> " + target;
    }
}
