package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An EC2 instance with its primary network interface: private IPv4, optional public IPv4 or Elastic
 * IP, optional IPv6, its security groups and the IAM role it calls AWS services with.
 */
public record Instance(
        String id,
        String subnet,
        IpAddress privateIp,
        Optional<IpAddress> publicIp,
        Optional<IpAddress> ipv6,
        List<String> securityGroups,
        Optional<String> iamRole)
        implements Component {
    public Instance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(privateIp, "privateIp");
        Objects.requireNonNull(publicIp, "publicIp");
        Objects.requireNonNull(ipv6, "ipv6");
        securityGroups = List.copyOf(securityGroups);
        Objects.requireNonNull(iamRole, "iamRole");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.INSTANCE;
    }
}
