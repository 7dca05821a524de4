package dev.vpclab.routing;

import dev.vpclab.model.Subnet;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * A network interface in a subnet that can send or receive a packet: an instance, an interface
 * endpoint's ENI, a NAT gateway, a load balancer node, a Gateway Load Balancer endpoint or an EC2
 * Instance Connect Endpoint.
 *
 * @param owner the component id that owns the interface (the endpoint id for an endpoint ENI)
 * @param eniId the ENI id for endpoint interfaces, else the owner id
 * @param securityGroups empty for NAT gateways (they have none) and for NLBs without groups
 */
record Iface(
        String owner,
        Kind kind,
        String eniId,
        Subnet subnet,
        IpAddress ip,
        List<String> securityGroups) {
    Iface {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(ip, "ip");
        securityGroups = List.copyOf(securityGroups);
    }

    String vpc() {
        return subnet.vpc();
    }

    /** What owns an interface; it decides what happens to a packet that arrives there. */
    enum Kind {
        INSTANCE,
        ENDPOINT_ENI,
        NAT_GATEWAY,
        NLB_NODE,
        /** A Gateway Load Balancer endpoint's interface: it hands packets to inspection. */
        GWLB_ENDPOINT,
        INSTANCE_CONNECT_ENDPOINT
    }
}
