package dev.vpclab.routing;

import java.util.Optional;

/**
 * Why a flow is blocked. The codes are those of the lab format's {@code reasonCodes}, which follow
 * AWS Reachability Analyzer's explanation codes where one exists, plus a few for cases the format
 * does not name.
 */
public enum ReasonCode {
    NO_ROUTE_TO_DESTINATION("NO_ROUTE_TO_DESTINATION"),
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"),
    PRIVATE_NAT_GATEWAY_TO_IGW(null),
    CROSS_REGION_GATEWAY_ENDPOINT("NO_ROUTE_TO_DESTINATION"),
    GATEWAY_ENDPOINT_NOT_TRANSITIVE("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"),
    SECURITY_GROUP_NO_INGRESS_RULE("ENI_SG_RULES_MISMATCH"),
    SECURITY_GROUP_NO_EGRESS_RULE("ENI_SG_RULES_MISMATCH"),
    NACL_DENY("SUBNET_ACL_RESTRICTION"),
    ENDPOINT_POLICY_DENY(null),
    BUCKET_POLICY_DENY(null),
    DNS_RESOLUTION_FAILED(null),
    INTERFACE_ENDPOINT_PROTOCOL_NOT_SUPPORTED(null),
    ENDPOINT_CONNECTION_NOT_ACCEPTED(null),
    VPCE_SERVICE_NOT_INSTALLED_IN_AZ("VPCE_SERVICE_NOT_INSTALLED_IN_AZ"),
    PRIVATELINK_UNIDIRECTIONAL("NO_ROUTE_TO_DESTINATION"),
    VPC_PEERING_CIDR_OVERLAP(null),
    PEERING_NOT_TRANSITIVE("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"),
    PEERING_EDGE_TO_EDGE_NOT_SUPPORTED("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"),
    EGRESS_ONLY_IGW_INBOUND_NOT_ALLOWED(null),
    // Codes of our own, for cases the lab format does not name.
    /** A peering connection that is not active (pending acceptance, failed, ...). */
    VPC_PEERING_NOT_ACTIVE(null),
    /** The destination address belongs to no network interface where the packet arrives. */
    NO_INTERFACE_FOR_DESTINATION(null),
    /** No listener of the load balancer matches the protocol and port. */
    LOAD_BALANCER_NO_LISTENER("ELBV2_LISTENERS_MISMATCH"),
    /** The load balancer has no registered target it can send the flow to. */
    LOAD_BALANCER_NO_TARGET(null),
    /** A resource policy other than a bucket's (for example a DynamoDB table's) denies. */
    RESOURCE_POLICY_DENY(null),
    /** The source subnet's Availability Zone has no subnet of the transit gateway attachment. */
    TGW_ATTACHMENT_NOT_IN_AZ("TGW_ROUTE_AZ_RESTRICTION"),
    /** The transit gateway route table has no route for the destination, or no usable table. */
    TGW_NO_ROUTE("NO_ROUTE_TO_DESTINATION"),
    /** The transit gateway route that matches is a blackhole route: the packet is dropped. */
    TGW_BLACKHOLE_ROUTE("TGW_RTB_BAD_STATE_ROUTE"),
    /**
     * Traffic arriving from a VPN (through the virtual private gateway) for an address outside the
     * VPC: a VGW delivers only to network interfaces of its VPC, so it cannot leave through the
     * VPC's NAT gateway or internet gateway (edge-to-edge routing).
     */
    VPN_EDGE_TO_EDGE_NOT_SUPPORTED("VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"),
    /**
     * The interface endpoint is in another Region than its endpoint service, and the provider has
     * not listed the endpoint's Region among the service's supported Regions (PrivateLink
     * cross-Region connectivity, R-ES-8).
     */
    ENDPOINT_SERVICE_REGION_NOT_SUPPORTED(null),
    /** A NAT gateway cannot carry this packet (IPv6 without NAT64, or an unknown protocol). */
    NAT_GATEWAY_UNSUPPORTED_TRAFFIC(null),
    /** The packet came back to a route table it had already passed with the same addresses. */
    ROUTING_LOOP(null),
    /** The flow names a source or target the lab cannot send from or to. */
    INVALID_FLOW(null),
    /**
     * Traffic arriving over a Direct Connect private virtual interface (through the virtual private
     * gateway) for an address outside the VPC: it cannot leave through the VPC's NAT gateway or
     * internet gateway (edge-to-edge routing, R-DX-3).
     */
    DIRECT_CONNECT_EDGE_TO_EDGE_NOT_SUPPORTED("VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"),
    /**
     * A Direct Connect gateway has no association (or virtual interface) whose network holds the
     * destination; it never carries traffic between two associations (R-DX-2).
     */
    DIRECT_CONNECT_GATEWAY_NO_ROUTE("NO_ROUTE_TO_DESTINATION"),
    /**
     * A public virtual interface carries traffic to AWS public addresses only, not to the rest of
     * the internet (R-DX-1).
     */
    PUBLIC_VIRTUAL_INTERFACE_NOT_AWS("NO_ROUTE_TO_DESTINATION"),
    /**
     * The virtual interface's type does not fit where it is attached (a transit virtual interface
     * on a virtual private gateway, a private one on a Direct Connect gateway associated with a
     * transit gateway, ...): AWS refuses the attachment (R-DX-1, R-DX-2).
     */
    VIRTUAL_INTERFACE_TYPE_MISMATCH(null),
    /** The transit gateway peering attachment is not available (pending acceptance, ...). */
    TGW_PEERING_NOT_AVAILABLE(null),
    /**
     * The Gateway Load Balancer has no healthy appliance it may send the flow to (in the node's
     * zone, unless cross-zone load balancing is on) (R-GWLB-1).
     */
    GWLB_NO_HEALTHY_TARGET(null),
    /**
     * Inspection saw one direction of the flow only: the route tables send the request and the
     * reply different ways, one of them around the Gateway Load Balancer endpoint (R-GWLB-1).
     */
    GWLB_ASYMMETRIC_ROUTING(null),
    INSTANCE_CONNECT_PORT_NOT_SUPPORTED(null),
    INSTANCE_CONNECT_CLIENT_IP_OTHER_VPC(null),
    /**
     * The Gateway Load Balancer endpoint is in another Region than its endpoint service: such a
     * service is available only in its own Region; cross-Region PrivateLink is for interface
     * endpoints (R-GWLB-2).
     */
    GWLB_ENDPOINT_OTHER_REGION(null);

    private final String reachabilityAnalyzerCode;

    ReasonCode(String reachabilityAnalyzerCode) {
        this.reachabilityAnalyzerCode = reachabilityAnalyzerCode;
    }

    /** The AWS Reachability Analyzer explanation code that says the same, if there is one. */
    public Optional<String> reachabilityAnalyzerCode() {
        return Optional.ofNullable(reachabilityAnalyzerCode);
    }
}
