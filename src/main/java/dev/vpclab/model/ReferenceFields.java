package dev.vpclab.model;

import static dev.vpclab.model.ComponentKind.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one description of which fields of each component kind refer to other components, and the
 * kinds each may point to. Rename and paste rewrite only these fields, and only when the renamed
 * component is of a kind the field may point to: a gateway endpoint's {@code service: s3} names an
 * AWS service, it is not a reference to a component whose id happens to be {@code s3}.
 *
 * <p>The switch is exhaustive over {@link ComponentKind}, so a new kind cannot compile without a
 * line here.
 */
public final class ReferenceFields {
    private ReferenceFields() {}

    /**
     * One reference field: the record component's name and the kinds it may point to. A field
     * holding records (routes, rules, ENIs, policies) is searched at every depth.
     */
    public record Field(String name, Set<ComponentKind> targets) {
        public Field {
            targets = Set.copyOf(targets);
        }

        /** Whether a component of {@code kind} may be named by this field. */
        public boolean mayPointTo(ComponentKind kind) {
            return targets.contains(kind);
        }
    }

    // Where a route may send traffic, and the prefix lists a destination or rule peer may name.
    private static final Set<ComponentKind> ROUTE_TARGETS =
            EnumSet.of(
                    INTERNET_GATEWAY,
                    EGRESS_ONLY_INTERNET_GATEWAY,
                    NAT_GATEWAY,
                    GATEWAY_ENDPOINT,
                    INTERFACE_ENDPOINT,
                    NLB,
                    INSTANCE,
                    VPC_PEERING,
                    TRANSIT_GATEWAY,
                    TRANSIT_GATEWAY_ATTACHMENT,
                    VIRTUAL_PRIVATE_GATEWAY,
                    VPN_CONNECTION,
                    MANAGED_PREFIX_LIST);
    private static final Set<ComponentKind> RULE_PEERS =
            EnumSet.of(SECURITY_GROUP, MANAGED_PREFIX_LIST);
    // A policy's conditions may name an endpoint or a VPC (aws:SourceVpce, aws:SourceVpc).
    private static final Set<ComponentKind> POLICY_NAMES =
            EnumSet.of(GATEWAY_ENDPOINT, INTERFACE_ENDPOINT, VPC);

    /** The reference fields of a kind, in record order. */
    public static List<Field> of(ComponentKind kind) {
        return switch (kind) {
            case REGION, INTERNET_HOST -> List.of();
            case VPC -> List.of(f("region", REGION));
            case SUBNET -> List.of(f("vpc", VPC), f("routeTable", ROUTE_TABLE), f("nacl", NACL));
            case ROUTE_TABLE ->
                    List.of(
                            f("vpc", VPC),
                            new Field("routes", ROUTE_TARGETS),
                            f("propagatingVgws", VIRTUAL_PRIVATE_GATEWAY));
            case NACL ->
                    List.of(
                            f("vpc", VPC),
                            new Field("inbound", RULE_PEERS),
                            new Field("outbound", RULE_PEERS));
            case SECURITY_GROUP ->
                    List.of(
                            f("vpc", VPC),
                            new Field("inbound", RULE_PEERS),
                            new Field("outbound", RULE_PEERS));
            case INSTANCE -> List.of(f("subnet", SUBNET), f("securityGroups", SECURITY_GROUP));
            case INTERNET_GATEWAY, EGRESS_ONLY_INTERNET_GATEWAY, VIRTUAL_PRIVATE_GATEWAY ->
                    List.of(f("vpc", VPC));
            case NAT_GATEWAY -> List.of(f("subnet", SUBNET));
            case MANAGED_PREFIX_LIST -> List.of(f("region", REGION));
            case GATEWAY_ENDPOINT ->
                    List.of(
                            f("vpc", VPC),
                            f("region", REGION),
                            f("routeTables", ROUTE_TABLE),
                            f("prefixList", MANAGED_PREFIX_LIST),
                            new Field("policy", POLICY_NAMES));
            case INTERFACE_ENDPOINT ->
                    List.of(
                            f("vpc", VPC),
                            // an endpoint service's id; an AWS service is named, not referenced
                            f("service", ENDPOINT_SERVICE),
                            f("subnets", SUBNET),
                            f("enis", SUBNET),
                            f("securityGroups", SECURITY_GROUP),
                            new Field("policy", POLICY_NAMES));
            case ENDPOINT_SERVICE -> List.of(f("providerVpc", VPC), f("nlbs", NLB));
            case NLB ->
                    List.of(
                            f("vpc", VPC),
                            f("subnets", SUBNET),
                            f("nodes", SUBNET),
                            f("securityGroups", SECURITY_GROUP),
                            new Field("targetGroups", EnumSet.of(INSTANCE, INTERFACE_ENDPOINT)));
            case VPC_PEERING -> List.of(f("requester", VPC), f("accepter", VPC));
            case TRANSIT_GATEWAY ->
                    List.of(
                            f("region", REGION),
                            new Field(
                                    "routeTables",
                                    EnumSet.of(
                                            TRANSIT_GATEWAY_ATTACHMENT,
                                            VPN_CONNECTION,
                                            MANAGED_PREFIX_LIST)));
            case TRANSIT_GATEWAY_ATTACHMENT ->
                    List.of(
                            f("transitGateway", TRANSIT_GATEWAY),
                            f("vpc", VPC),
                            f("subnets", SUBNET));
            case VPN_CONNECTION ->
                    List.of(
                            f("vpnGateway", VIRTUAL_PRIVATE_GATEWAY, TRANSIT_GATEWAY),
                            f("onPremises", ON_PREMISES));
            case ON_PREMISES ->
                    // dnsResolver is a description, not an id
                    List.of(new Field("routes", ROUTE_TARGETS));
            case ON_PREMISES_HOST -> List.of(f("network", ON_PREMISES));
            case AWS_SERVICE ->
                    List.of(
                            f("region", REGION),
                            f("prefixList", MANAGED_PREFIX_LIST),
                            new Field("resources", POLICY_NAMES));
        };
    }

    /** The field of {@code kind} with this record component name, if it is a reference. */
    public static Optional<Field> find(ComponentKind kind, String name) {
        return of(kind).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Field f(String name, ComponentKind first, ComponentKind... rest) {
        return new Field(name, EnumSet.of(first, rest));
    }
}
