package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * An EC2 Instance Connect Endpoint: a network interface in a subnet through which the EC2 Instance
 * Connect service opens SSH (tcp 22) or RDP (tcp 3389) connections to instances by their private
 * addresses, so that they need no public address and the VPC no internet gateway (R-EICE-1).
 * Traffic from the service to the endpoint is allowed whatever the endpoint's inbound rules; its
 * security groups' outbound rules must admit the connection to the instance, and the instance's
 * inbound rules must admit the endpoint's private address, or the client's address when {@code
 * preserveClientIp} is on (R-EICE-2).
 *
 * @param privateIp the address of the endpoint's network interface in its subnet
 * @param securityGroups the endpoint's security groups; empty means the VPC's default group, which
 *     AWS associates when none is given
 * @param preserveClientIp whether connections keep the client's address as their source (false
 *     unless chosen, as in the console: the endpoint's address is the source; the API reference has
 *     stated both defaults)
 */
public record InstanceConnectEndpoint(
        String id,
        String subnet,
        IpAddress privateIp,
        List<String> securityGroups,
        boolean preserveClientIp)
        implements Component {
    /** The ports the endpoint tunnels: SSH and RDP. */
    public static final List<Integer> PORTS = List.of(22, 3389);

    public InstanceConnectEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(privateIp, "privateIp");
        securityGroups = List.copyOf(securityGroups);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.INSTANCE_CONNECT_ENDPOINT;
    }
}
