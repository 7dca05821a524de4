package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpVersion;
import java.util.List;
import java.util.Objects;

/**
 * A managed prefix list: a named set of CIDRs of one address family in one Region, such as the
 * AWS-managed {@code com.amazonaws.us-east-1.s3} list (R-PL-1 to R-PL-3).
 */
public record ManagedPrefixList(
        String id, String name, String region, IpVersion addressFamily, List<Cidr> cidrs)
        implements Component {
    public ManagedPrefixList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(addressFamily, "addressFamily");
        cidrs = List.copyOf(cidrs);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.MANAGED_PREFIX_LIST;
    }
}
