package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A provider's endpoint service (PrivateLink) in front of one or more Network Load Balancers, with
 * the principals allowed to connect and the Availability Zone ids it is available in.
 *
 * @param supportedRegions the other Regions from which consumers may connect (PrivateLink
 *     cross-Region connectivity, the provider's list of supported Regions, API {@code
 *     SupportedRegions}); empty means the service's own Region only (R-ES-8)
 * @param gatewayLoadBalancers the Gateway Load Balancers of a service that Gateway Load Balancer
 *     endpoints connect to (API {@code GatewayLoadBalancerArns}); a service has these or {@code
 *     nlbs}, not both (R-GWLB-2)
 */
public record EndpointService(
        String id,
        String serviceName,
        String providerVpc,
        List<String> nlbs,
        boolean acceptanceRequired,
        List<String> allowedPrincipals,
        List<String> availabilityZoneIds,
        List<String> supportedRegions,
        List<String> gatewayLoadBalancers)
        implements Component {
    public EndpointService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(providerVpc, "providerVpc");
        nlbs = List.copyOf(nlbs);
        allowedPrincipals = List.copyOf(allowedPrincipals);
        availabilityZoneIds = List.copyOf(availabilityZoneIds);
        supportedRegions = List.copyOf(supportedRegions);
        gatewayLoadBalancers = List.copyOf(gatewayLoadBalancers);
    }

    /** A service behind Network Load Balancers (or none yet), with its supported Regions. */
    public EndpointService(
            String id,
            String serviceName,
            String providerVpc,
            List<String> nlbs,
            boolean acceptanceRequired,
            List<String> allowedPrincipals,
            List<String> availabilityZoneIds,
            List<String> supportedRegions) {
        this(
                id,
                serviceName,
                providerVpc,
                nlbs,
                acceptanceRequired,
                allowedPrincipals,
                availabilityZoneIds,
                supportedRegions,
                List.of());
    }

    /**
     * Whether the service is of type {@code GatewayLoadBalancer}: Gateway Load Balancer endpoints
     * connect to it, interface endpoints do not.
     */
    public boolean isGatewayLoadBalancerService() {
        return !gatewayLoadBalancers.isEmpty();
    }

    /** A service available in its own Region only. */
    public EndpointService(
            String id,
            String serviceName,
            String providerVpc,
            List<String> nlbs,
            boolean acceptanceRequired,
            List<String> allowedPrincipals,
            List<String> availabilityZoneIds) {
        this(
                id,
                serviceName,
                providerVpc,
                nlbs,
                acceptanceRequired,
                allowedPrincipals,
                availabilityZoneIds,
                List.of());
    }

    /**
     * Whether a consumer endpoint in {@code consumerRegion} may connect, the service living in
     * {@code serviceRegion}: always in the same Region, else only from a supported Region.
     */
    public boolean servesRegion(String consumerRegion, String serviceRegion) {
        return consumerRegion.equals(serviceRegion) || supportedRegions.contains(consumerRegion);
    }

    /**
     * Whether {@code account} may create an endpoint to this service: an allowed principal is
     * {@code *}, the account root or any IAM principal of the account. AWS checks this only when an
     * endpoint asks to connect; connections accepted earlier are not affected by later removals.
     */
    public boolean allowsAccount(String account) {
        String root = "arn:aws:iam::" + account + ":root";
        return allowedPrincipals.stream()
                .anyMatch(
                        p ->
                                p.equals("*")
                                        || p.equals(root)
                                        || (!account.isEmpty()
                                                && p.startsWith("arn:aws:iam::" + account + ":")));
    }

    /**
     * Whether AWS accepts {@code principal} in the service's permissions (R-ES-2, API
     * ModifyVpcEndpointServicePermissions {@code AddAllowedPrincipals}: "the Amazon Resource Names
     * (ARN) of the principals ... To grant permissions to all principals, specify an asterisk";
     * principal types All, Account, User, Role, OrganizationUnit, Service): {@code *}, an IAM ARN
     * of an account root, user or role ({@code arn:aws:iam::123456789012:root}), an AWS
     * Organizations organization or OU ARN, or a service principal ({@code name.amazonaws.com}).
     */
    public static boolean validPrincipal(String principal) {
        return principal.equals("*") || PRINCIPAL.matcher(principal).matches();
    }

    private static final java.util.regex.Pattern PRINCIPAL =
            java.util.regex.Pattern.compile(
                    "arn:aws(?:-cn|-us-gov)?:iam::\\d{12}:(?:root|(?:user|role)/[\\w+=,.@/-]+)"
                            + "|arn:aws(?:-cn|-us-gov)?:organizations::\\d{12}:"
                            + "(?:organization/o-[a-z0-9]{10,32}"
                            + "|ou/o-[a-z0-9]{10,32}/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32})"
                            + "|[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com");

    @Override
    public ComponentKind kind() {
        return ComponentKind.ENDPOINT_SERVICE;
    }
}
