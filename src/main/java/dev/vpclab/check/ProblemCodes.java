package dev.vpclab.check;

/**
 * The one vocabulary of problem codes that the lab reader and the checker emit, the codes that
 * {@code check --json}, the Problems view and challenge goals name (documented in
 * docs/lab-format.md). Strings rather than an enum, because a code is part of the file and CLI
 * contract and code that reads problems compares it as text; but no code spells one inline.
 */
public final class ProblemCodes {
    public static final String ADDRESS_OUTSIDE_SUBNET = "ADDRESS_OUTSIDE_SUBNET";
    public static final String CIDR_BLOCK_SIZE = "CIDR_BLOCK_SIZE";
    public static final String DANGLING_REFERENCE = "DANGLING_REFERENCE";
    public static final String DUPLICATE_ADDRESS = "DUPLICATE_ADDRESS";
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    public static final String DUPLICATE_ROUTE = "DUPLICATE_ROUTE";
    public static final String DUPLICATE_SERVICE_ENDPOINT_ROUTE =
            "DUPLICATE_SERVICE_ENDPOINT_ROUTE";
    public static final String EIGW_IPV4_ROUTE = "EIGW_IPV4_ROUTE";
    public static final String ENDPOINT_SERVICE_PRINCIPAL_NOT_ALLOWED =
            "ENDPOINT_SERVICE_PRINCIPAL_NOT_ALLOWED";
    public static final String ENDPOINT_SERVICE_PRINCIPAL_INVALID =
            "ENDPOINT_SERVICE_PRINCIPAL_INVALID";
    public static final String ENDPOINT_SERVICE_REGION_NOT_SUPPORTED =
            "ENDPOINT_SERVICE_REGION_NOT_SUPPORTED";
    public static final String ENDPOINT_SERVICE_LOAD_BALANCER_MIX =
            "ENDPOINT_SERVICE_LOAD_BALANCER_MIX";
    public static final String ENDPOINT_SERVICE_TYPE_MISMATCH = "ENDPOINT_SERVICE_TYPE_MISMATCH";
    public static final String GATEWAY_ROUTE_TABLE_DUPLICATE = "GATEWAY_ROUTE_TABLE_DUPLICATE";
    public static final String GWLB_ENDPOINT_OTHER_REGION = "GWLB_ENDPOINT_OTHER_REGION";
    public static final String GATEWAY_ROUTE_TABLE_INVALID_ROUTE =
            "GATEWAY_ROUTE_TABLE_INVALID_ROUTE";
    public static final String ENDPOINT_SERVICE_WITHOUT_LOAD_BALANCER =
            "ENDPOINT_SERVICE_WITHOUT_LOAD_BALANCER";
    public static final String GATEWAY_ENDPOINT_DNS_RECORD_IP_TYPE =
            "GATEWAY_ENDPOINT_DNS_RECORD_IP_TYPE";
    public static final String GATEWAY_ENDPOINT_IP_ADDRESS_TYPE =
            "GATEWAY_ENDPOINT_IP_ADDRESS_TYPE";
    public static final String GATEWAY_ENDPOINT_REGION_MISMATCH =
            "GATEWAY_ENDPOINT_REGION_MISMATCH";
    public static final String GATEWAY_ENDPOINT_ROUTE_DESTINATION =
            "GATEWAY_ENDPOINT_ROUTE_DESTINATION";
    public static final String GATEWAY_ENDPOINT_ROUTE_MISSING = "GATEWAY_ENDPOINT_ROUTE_MISSING";
    public static final String GATEWAY_ENDPOINT_SERVICE = "GATEWAY_ENDPOINT_SERVICE";
    public static final String INBOUND_ONLY_PRIVATE_DNS_INVALID =
            "INBOUND_ONLY_PRIVATE_DNS_INVALID";
    public static final String INSTANCE_CONNECT_ENDPOINT_PER_VPC =
            "INSTANCE_CONNECT_ENDPOINT_PER_VPC";
    public static final String INVALID_ADDRESS = "INVALID_ADDRESS";
    public static final String INVALID_CIDR = "INVALID_CIDR";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String IO_ERROR = "IO_ERROR";
    public static final String LOCAL_ROUTE_MISSING = "LOCAL_ROUTE_MISSING";
    public static final String MISSING_FIELD = "MISSING_FIELD";
    public static final String MORE_SPECIFIC_THAN_LOCAL = "MORE_SPECIFIC_THAN_LOCAL";
    public static final String NACL_PREFIX_LIST_NOT_SUPPORTED = "NACL_PREFIX_LIST_NOT_SUPPORTED";
    public static final String NACL_RULE_NUMBER = "NACL_RULE_NUMBER";
    public static final String NACL_SECURITY_GROUP_NOT_SUPPORTED =
            "NACL_SECURITY_GROUP_NOT_SUPPORTED";
    public static final String NLB_ONE_SERVICE = "NLB_ONE_SERVICE";
    public static final String ONE_GATEWAY_PER_VPC = "ONE_GATEWAY_PER_VPC";
    public static final String PEERING_DUPLICATE = "PEERING_DUPLICATE";
    public static final String PEERING_SAME_VPC = "PEERING_SAME_VPC";
    public static final String PROPAGATED_OVERLAPS_LOCAL = "PROPAGATED_OVERLAPS_LOCAL";
    public static final String PREFIX_LIST_REGION_MISMATCH = "PREFIX_LIST_REGION_MISMATCH";
    public static final String PRIVATE_DNS_REQUIRES_VPC_DNS_ATTRIBUTES =
            "PRIVATE_DNS_REQUIRES_VPC_DNS_ATTRIBUTES";
    public static final String PRIVATE_NAT_WITH_EIP = "PRIVATE_NAT_WITH_EIP";
    public static final String PUBLIC_NAT_WITHOUT_EIP = "PUBLIC_NAT_WITHOUT_EIP";
    public static final String REFERENCE_IN_OTHER_VPC = "REFERENCE_IN_OTHER_VPC";
    public static final String RESERVED_ADDRESS = "RESERVED_ADDRESS";
    public static final String ROUTE_TARGET_IN_OTHER_VPC = "ROUTE_TARGET_IN_OTHER_VPC";
    public static final String SECURITY_GROUP_REFERENCE_NOT_PEERED =
            "SECURITY_GROUP_REFERENCE_NOT_PEERED";
    public static final String SUBNETS_OVERLAP = "SUBNETS_OVERLAP";
    public static final String SUBNET_AZ_MISMATCH = "SUBNET_AZ_MISMATCH";
    public static final String SUBNET_OUTSIDE_VPC = "SUBNET_OUTSIDE_VPC";
    public static final String TGW_ATTACHMENT_TWO_SUBNETS_IN_ONE_AZ =
            "TGW_ATTACHMENT_TWO_SUBNETS_IN_ONE_AZ";
    public static final String TGW_REGION_MISMATCH = "TGW_REGION_MISMATCH";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String TWO_ENIS_IN_ONE_AZ = "TWO_ENIS_IN_ONE_AZ";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String UNKNOWN_KIND = "UNKNOWN_KIND";
    public static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
    public static final String VPCE_SERVICE_NOT_INSTALLED_IN_AZ =
            "VPCE_SERVICE_NOT_INSTALLED_IN_AZ";
    public static final String VPC_PEERING_CIDR_OVERLAP = "VPC_PEERING_CIDR_OVERLAP";
    public static final String WRONG_REFERENCE_KIND = "WRONG_REFERENCE_KIND";
    public static final String WRONG_TYPE = "WRONG_TYPE";
    public static final String YAML_SYNTAX = "YAML_SYNTAX";
    // Route 53 Resolver (DnsCheck)
    public static final String RESOLVER_ENDPOINT_ADDRESSES = "RESOLVER_ENDPOINT_ADDRESSES";
    public static final String RESOLVER_ENDPOINT_DNS_CLOSED = "RESOLVER_ENDPOINT_DNS_CLOSED";
    public static final String RESOLVER_RULE_INVALID = "RESOLVER_RULE_INVALID";
    public static final String PRIVATE_HOSTED_ZONE_REQUIRES_VPC_DNS_ATTRIBUTES =
            "PRIVATE_HOSTED_ZONE_REQUIRES_VPC_DNS_ATTRIBUTES";

    public static final String VIRTUAL_INTERFACE_TYPE_MISMATCH = "VIRTUAL_INTERFACE_TYPE_MISMATCH";
    public static final String PUBLIC_VIF_WITHOUT_PUBLIC_ADDRESS =
            "PUBLIC_VIF_WITHOUT_PUBLIC_ADDRESS";

    public static final String TGW_PEERING_ROUTE_NOT_STATIC = "TGW_PEERING_ROUTE_NOT_STATIC";
    public static final String TGW_PEERING_SAME_GATEWAY = "TGW_PEERING_SAME_GATEWAY";

    private ProblemCodes() {}
}
