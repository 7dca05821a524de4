package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.Objects;

/**
 * A Gateway Load Balancer endpoint: one network interface in one subnet of the consumer VPC,
 * connected through AWS PrivateLink to an endpoint service whose load balancer is a Gateway Load
 * Balancer. Route tables send traffic to it by its id ({@code vpce-...}); it hands the packet,
 * unchanged, to the load balancer and, once an appliance returns it, sends it on by the route table
 * of its own subnet (R-GWLB-2).
 *
 * @param service the endpoint service id
 * @param state {@code available} or a state in which it carries nothing ({@code pendingAcceptance},
 *     {@code pending}, {@code rejected}, {@code failed}, ...)
 * @param ip the private address of the endpoint's network interface
 */
public record GatewayLoadBalancerEndpoint(
        String id,
        String vpc,
        String subnet,
        String service,
        String serviceName,
        String state,
        IpAddress ip)
        implements Component {

    public GatewayLoadBalancerEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ip, "ip");
    }

    public boolean isAvailable() {
        return InterfaceEndpoint.AVAILABLE.equalsIgnoreCase(state);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT;
    }
}
