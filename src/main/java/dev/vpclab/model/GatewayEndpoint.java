package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A gateway VPC endpoint for S3 or DynamoDB: it adds {@code prefixList -> id} to each of its route
 * tables and applies its policy to the requests it carries (R-GW-1 to R-GW-14).
 *
 * @param ipAddressType {@code ipv4}, {@code ipv6} or {@code dualstack} (R-GW-10)
 * @param dnsRecordIpType {@code service-defined}, {@code ipv4}, {@code ipv6} or {@code dualstack}
 */
public record GatewayEndpoint(
        String id,
        String vpc,
        String service,
        String region,
        String serviceName,
        List<String> routeTables,
        String prefixList,
        Policy policy,
        String ipAddressType,
        String dnsRecordIpType)
        implements Component {
    public GatewayEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(serviceName, "serviceName");
        routeTables = List.copyOf(routeTables);
        Objects.requireNonNull(prefixList, "prefixList");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ipAddressType, "ipAddressType");
        Objects.requireNonNull(dnsRecordIpType, "dnsRecordIpType");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.GATEWAY_ENDPOINT;
    }

    /** The same endpoint with another policy. */
    public GatewayEndpoint withPolicy(Policy newPolicy) {
        return new GatewayEndpoint(
                id,
                vpc,
                service,
                region,
                serviceName,
                routeTables,
                prefixList,
                newPolicy,
                ipAddressType,
                dnsRecordIpType);
    }
}
