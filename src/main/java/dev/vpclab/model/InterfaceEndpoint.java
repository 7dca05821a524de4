package dev.vpclab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
        return copy(c -> c.policy = newPolicy);
    }

    /** The same endpoint in another state (available, pendingAcceptance, ...). */
    public InterfaceEndpoint withState(String newState) {
        return copy(c -> c.state = newState);
    }

    /** The same endpoint with other security groups. */
    public InterfaceEndpoint withSecurityGroups(List<String> groups) {
        return copy(c -> c.securityGroups = groups);
    }

    /** The same endpoint pointed at another service, with private DNS off. */
    public InterfaceEndpoint withService(String newService, String newServiceName) {
        return copy(
                c -> {
                    c.service = newService;
                    c.serviceName = newServiceName;
                    c.privateDns = false;
                });
    }

    /** The same endpoint with another service name, everything else as it was. */
    public InterfaceEndpoint withServiceName(String newServiceName) {
        return copy(c -> c.serviceName = newServiceName);
    }

    /**
     * The same endpoint with other DNS names: the endpoint-specific regional and zonal names and
     * the private hosted zone's names (empty: the service's default names).
     */
    public InterfaceEndpoint withDnsNames(
            Optional<String> regional, List<String> zonal, List<String> privateNames) {
        return copy(
                c -> {
                    c.regionalDnsName = regional;
                    c.zonalDnsNames = zonal;
                    c.privateDnsNames = privateNames;
                });
    }

    /** The one place the fourteen fields are copied: every wither changes only its own. */
    private InterfaceEndpoint copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new InterfaceEndpoint(
                id,
                vpc,
                c.service,
                c.serviceName,
                subnets,
                enis,
                c.securityGroups,
                c.privateDns,
                privateDnsOnlyForInboundResolverEndpoint,
                c.state,
                c.regionalDnsName,
                c.zonalDnsNames,
                c.privateDnsNames,
                c.policy);
    }

    /** The fields a wither may change. */
    private static final class Copy {
        String service;
        String serviceName;
        List<String> securityGroups;
        boolean privateDns;
        String state;
        Optional<String> regionalDnsName;
        List<String> zonalDnsNames;
        List<String> privateDnsNames;
        Policy policy;

        Copy(InterfaceEndpoint e) {
            service = e.service;
            serviceName = e.serviceName;
            securityGroups = e.securityGroups;
            privateDns = e.privateDns;
            state = e.state;
            regionalDnsName = e.regionalDnsName;
            zonalDnsNames = e.zonalDnsNames;
            privateDnsNames = e.privateDnsNames;
            policy = e.policy;
        }
    }
}
