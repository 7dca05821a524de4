package dev.vpclab.routing;

import java.util.List;
import java.util.Objects;

/**
 * The zone a DNS answer came from (or one that exists but did not apply).
 *
 * @param kind what kind of zone it is
 * @param id the component that holds the zone: the private hosted zone, the interface endpoint (its
 *     AWS-managed zone, or its endpoint-specific names), the AWS service (public records) or the
 *     on-premises resolver
 * @param domain the zone's name, or the record name it answers for
 * @param vpcs the VPCs the zone serves (private zones only; empty for public ones)
 */
public record DnsZone(Kind kind, String id, String domain, List<String> vpcs) {
    public DnsZone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        vpcs = List.copyOf(vpcs);
    }

    /** The kinds of zone. */
    public enum Kind {
        /** A Route 53 private hosted zone associated with VPCs. */
        PRIVATE_HOSTED_ZONE,
        /** The AWS-managed private hosted zone of an interface endpoint with private DNS. */
        ENDPOINT_PRIVATE_DNS,
        /** The public records of an interface endpoint's endpoint-specific names (R-IF-7). */
        ENDPOINT_SPECIFIC_NAME,
        /** Public DNS records of an AWS service. */
        PUBLIC,
        /** A zone served by a resolver on premises. */
        ON_PREMISES
    }
}
