package dev.vpclab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interface VPC endpoint (AWS PrivateLink): network interfaces in chosen subnets, security
 * groups, private DNS, the endpoint-specific DNS names, the connection state and a policy. The
 * service is an AWS service (for example {@code s3}) or an endpoint service id.
 *
 * @param state {@code available}, {@code pendingAcceptance}, {@code pending}, {@code rejected},
 *     {@code expired}, {@code failed} or {@code deleted}
 * @param regionalDnsName the regional endpoint-specific name, possibly with a leading {@code *.}
 * @param zonalDnsNames the zonal endpoint-specific names
 * @param privateDnsNames names the private hosted zone answers when private DNS is on; empty means
 *     the service's default names
 */
public record InterfaceEndpoint(
        String id,
        String vpc,
        String service,
        String serviceName,
        List<String> subnets,
        List<EndpointEni> enis,
        List<String> securityGroups,
        boolean privateDns,
        boolean privateDnsOnlyForInboundResolverEndpoint,
        String state,
        Optional<String> regionalDnsName,
        List<String> zonalDnsNames,
        List<String> privateDnsNames,
        Policy policy)
        implements Component {
    /** The state in which the endpoint carries traffic. */
    public static final String AVAILABLE = "available";

    public InterfaceEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        subnets = List.copyOf(subnets);
        enis = List.copyOf(enis);
        securityGroups = List.copyOf(securityGroups);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(regionalDnsName, "regionalDnsName");
        zonalDnsNames = List.copyOf(zonalDnsNames);
        privateDnsNames = List.copyOf(privateDnsNames);
        Objects.requireNonNull(policy, "policy");
    }

    public boolean isAvailable() {
        return AVAILABLE.equalsIgnoreCase(state);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.INTERFACE_ENDPOINT;
    }

    /** The same endpoint with another policy. */
    public InterfaceEndpoint withPolicy(Policy newPolicy) {
        return new InterfaceEndpoint(
                id,
                vpc,
                service,
                serviceName,
                subnets,
                enis,
                securityGroups,
                privateDns,
                privateDnsOnlyForInboundResolverEndpoint,
                state,
                regionalDnsName,
                zonalDnsNames,
                privateDnsNames,
                newPolicy);
    }

    /** The same endpoint in another state (available, pendingAcceptance, ...). */
    public InterfaceEndpoint withState(String newState) {
        return new InterfaceEndpoint(
                id,
                vpc,
                service,
                serviceName,
                subnets,
                enis,
                securityGroups,
                privateDns,
                privateDnsOnlyForInboundResolverEndpoint,
                newState,
                regionalDnsName,
                zonalDnsNames,
                privateDnsNames,
                policy);
    }

    /** The same endpoint with other security groups. */
    public InterfaceEndpoint withSecurityGroups(List<String> groups) {
        return new InterfaceEndpoint(
                id,
                vpc,
                service,
                serviceName,
                subnets,
                enis,
                groups,
                privateDns,
                privateDnsOnlyForInboundResolverEndpoint,
                state,
                regionalDnsName,
                zonalDnsNames,
                privateDnsNames,
                policy);
    }

    /** The same endpoint pointed at another service, with private DNS off. */
    public InterfaceEndpoint withService(String newService, String newServiceName) {
        return new InterfaceEndpoint(
                id,
                vpc,
                newService,
                newServiceName,
                subnets,
                enis,
                securityGroups,
                false,
                privateDnsOnlyForInboundResolverEndpoint,
                state,
                regionalDnsName,
                zonalDnsNames,
                privateDnsNames,
                policy);
    }
}
