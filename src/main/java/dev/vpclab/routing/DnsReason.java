package dev.vpclab.routing;

/**
 * Why a DNS query got the answer it got: which rule of DNS resolution decided. The sentence of the
 * trace's {@code dns.via} is derived from it and the typed parts of the {@link DnsResolution} (see
 * {@link DnsResolution#via()}).
 */
public enum DnsReason {
    /** The VPC's {@code enableDnsSupport} is off: no Route 53 Resolver answers (R-DNS-1). */
    DNS_SUPPORT_OFF("dns.via.dnsSupportOff", true),
    /** The AWS-managed private hosted zone of an interface endpoint answered (R-IF-6). */
    ENDPOINT_PRIVATE_DNS("dns.via.privateZone", false),
    /** The public record of an endpoint-specific name answered (R-IF-7). */
    ENDPOINT_SPECIFIC_NAME("dns.via.endpointName", false),
    /** Public A and AAAA records answered (service-defined record IP type, R-DNS-2). */
    PUBLIC_DUAL_STACK("dns.via.publicDualStack", false),
    /** Public records answered a resolver outside every VPC. */
    PUBLIC("dns.via.public", false),
    /**
     * Public records answered: an endpoint's managed zone exists but serves another VPC (R-IF-9).
     */
    PUBLIC_OTHER_VPC_ZONE("dns.via.publicOtherVpcZone", false),
    /** Public records answered: no private zone of the VPC covers the name. */
    PUBLIC_NO_PRIVATE_ZONE("dns.via.publicNoPrivateZone", false),
    /** The zone answers only queries from an inbound endpoint: the public answer (R-IF-15). */
    INBOUND_ONLY("dns.via.inboundOnly", false),
    /** The name has no A record. */
    NO_A_RECORD("dns.via.noRecordOfFamily", false),
    /** The name has no AAAA record. */
    NO_AAAA_RECORD("dns.via.noRecordOfFamily", false),
    /** No record in the lab holds the name. */
    NXDOMAIN("dns.via.nxdomain", false),
    /** A record of a private hosted zone associated with the VPC answered (R-R53-3). */
    HOSTED_ZONE_RECORD("dns.via.hostedZone", false),
    /**
     * A private hosted zone associated with the VPC covers the name but has no record for it:
     * Resolver returns NXDOMAIN and does not ask public DNS (R-R53-3).
     */
    HOSTED_ZONE_NO_RECORD("dns.via.hostedZoneNoRecord", false),
    /** A zone of a resolver on premises answered. */
    ON_PREMISES_RECORD("dns.via.onPremisesRecord", false),
    /** The query was forwarded to an address where no resolver answers (R-R53-2, R-R53-1). */
    FORWARD_UNANSWERED("dns.via.forwardUnanswered", true),
    /**
     * A forwarding rule matched, but its outbound endpoint is missing, not outbound, or in another
     * VPC, so the query is not forwarded (R-R53-2).
     */
    FORWARD_NO_OUTBOUND("dns.via.forwardNoOutbound", true),
    /** The inbound endpoint's security group does not admit DNS from the forwarder (R-R53-1). */
    INBOUND_SG_REFUSES("dns.via.inboundSgRefuses", true);

    private final String key;
    private final boolean noAnswer;

    DnsReason(String key, boolean noAnswer) {
        this.key = key;
        this.noAnswer = noAnswer;
    }

    /** The resource-bundle key of the sentence. */
    public String key() {
        return key;
    }

    /** Whether no resolver answered at all (rather than answering without a usable record). */
    public boolean noAnswer() {
        return noAnswer;
    }
}
