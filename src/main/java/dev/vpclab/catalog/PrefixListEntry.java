package dev.vpclab.catalog;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * An AWS-managed prefix list of a gateway endpoint service in one Region, for example {@code
 * pl-s3-use1} named {@code com.amazonaws.us-east-1.s3}.
 *
 * <p><b>Illustrative:</b> the ids are symbolic and the CIDRs are example ranges (those of the AWS
 * documentation examples and the golden scenarios for us-east-1 and eu-west-1, made-up ones in the
 * same style elsewhere), not the live AWS ranges, which change from time to time.
 */
public record PrefixListEntry(
        String id, String name, String region, String service, List<Cidr> cidrs) {
    public PrefixListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        cidrs = List.copyOf(cidrs);
        if (cidrs.isEmpty()) {
            throw new IllegalArgumentException("prefix list " + id + " has no CIDR");
        }
    }

    /** True when one of the list's blocks holds the address. */
    public boolean contains(IpAddress address) {
        return cidrs.stream().anyMatch(c -> c.contains(address));
    }
}
