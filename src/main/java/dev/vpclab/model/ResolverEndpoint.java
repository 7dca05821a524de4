package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * A Route 53 Resolver endpoint: network interfaces in a VPC through which DNS queries enter the
 * VPC's Resolver from another network ({@code inbound}) or leave it for resolvers on another
 * network ({@code outbound}, with forwarding rules). Its security groups must admit DNS (TCP and
 * UDP 53) for an inbound endpoint.
 *
 * @param ipAddresses the endpoint's addresses, one per subnet (AWS asks for at least two)
 */
public record ResolverEndpoint(
        String id,
        String vpc,
        Direction direction,
        List<Address> ipAddresses,
        List<String> securityGroups)
        implements Component {
    public ResolverEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(direction, "direction");
        ipAddresses = List.copyOf(ipAddresses);
        securityGroups = List.copyOf(securityGroups);
    }

    /** Which way queries pass the endpoint. */
    public enum Direction {
        INBOUND("inbound"),
        OUTBOUND("outbound");

        private final String wireName;

        Direction(String wireName) {
            this.wireName = wireName;
        }

        /** The name in a lab file. */
        public String wireName() {
            return wireName;
        }
    }

    /** One address of the endpoint, in a subnet of its VPC. */
    public record Address(String subnet, IpAddress ip) {
        public Address {
            Objects.requireNonNull(subnet, "subnet");
            Objects.requireNonNull(ip, "ip");
        }
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.RESOLVER_ENDPOINT;
    }
}
