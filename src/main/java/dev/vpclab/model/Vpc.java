package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual private cloud: an IPv4 CIDR (and optionally an IPv6 one) in a Region and account, with
 * the two DNS attributes that decide whether the Amazon-provided DNS server answers and whether
 * private hosted zones (interface endpoint private DNS) apply.
 */
public record Vpc(
        String id,
        String region,
        Optional<String> account,
        Cidr cidr,
        Optional<Cidr> ipv6Cidr,
        boolean enableDnsSupport,
        boolean enableDnsHostnames)
        implements Component {
    public Vpc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(ipv6Cidr, "ipv6Cidr");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.VPC;
    }
}
