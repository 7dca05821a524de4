package dev.vpclab.model;

import java.util.List;

/**
 * The values the lab format allows for the text fields that are a choice (a peering's status, a
 * gateway endpoint's IP address type), spelled as in the file. The one list both the file reader
 * and the inspector validate against, so that the inspector cannot set a value the reader refuses.
 */
public final class FieldChoices {
    private FieldChoices() {}

    public static final List<String> GATEWAY_ENDPOINT_SERVICE = List.of("s3", "dynamodb");
    public static final List<String> IP_ADDRESS_TYPE = List.of("ipv4", "ipv6", "dualstack");
    public static final List<String> DNS_RECORD_IP_TYPE =
            List.of("service-defined", "ipv4", "ipv6", "dualstack");
    public static final List<String> NLB_SCHEME = List.of("internal", "internet-facing");
    public static final List<String> PEERING_STATUS =
            List.of(
                    "active",
                    "pending-acceptance",
                    "failed",
                    "rejected",
                    "expired",
                    "deleted",
                    "provisioning");
    public static final List<String> VPN_ROUTING = List.of("static", "dynamic");

    // Fields held as an enum in the model: the file's words, in the order of the enum's constants.
    public static final List<String> PREFIX_LIST_ADDRESS_FAMILY = List.of("IPv4", "IPv6");
    public static final List<String> NAT_CONNECTIVITY = List.of("public", "private");
    public static final List<String> RESOLVER_ENDPOINT_DIRECTION = List.of("inbound", "outbound");
    public static final List<String> RESOLVER_RULE_TYPE = List.of("forward", "system");

    /**
     * The allowed values of a text field of a kind (its record component name), or an empty list
     * when the field is free text or not a text field.
     */
    public static List<String> of(ComponentKind kind, String field) {
        return switch (kind) {
            case GATEWAY_ENDPOINT ->
                    switch (field) {
                        case "service" -> GATEWAY_ENDPOINT_SERVICE;
                        case "ipAddressType" -> IP_ADDRESS_TYPE;
                        case "dnsRecordIpType" -> DNS_RECORD_IP_TYPE;
                        default -> List.of();
                    };
            case NLB -> field.equals("scheme") ? NLB_SCHEME : List.of();
            case VPC_PEERING -> field.equals("status") ? PEERING_STATUS : List.of();
            case VPN_CONNECTION -> field.equals("routing") ? VPN_ROUTING : List.of();
            case TRANSIT_GATEWAY_PEERING ->
                    field.equals("status") ? TransitGatewayPeering.STATES : List.of();
            case VIRTUAL_INTERFACE -> field.equals("type") ? VirtualInterface.TYPES : List.of();
            case MANAGED_PREFIX_LIST ->
                    field.equals("addressFamily") ? PREFIX_LIST_ADDRESS_FAMILY : List.of();
            case NAT_GATEWAY -> field.equals("connectivity") ? NAT_CONNECTIVITY : List.of();
            case RESOLVER_ENDPOINT ->
                    field.equals("direction") ? RESOLVER_ENDPOINT_DIRECTION : List.of();
            case RESOLVER_RULE -> field.equals("ruleType") ? RESOLVER_RULE_TYPE : List.of();
            default -> List.of();
        };
    }

    /** The value of {@code allowed} that {@code text} names, ignoring case and spaces around. */
    public static java.util.Optional<String> match(List<String> allowed, String text) {
        String t = text.trim();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(t)).findFirst();
    }
}
