package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A provider's endpoint service (PrivateLink) in front of one or more Network Load Balancers, with
 * the principals allowed to connect and the Availability Zone ids it is available in.
 */
public record EndpointService(
        String id,
        String serviceName,
        String providerVpc,
        List<String> nlbs,
        boolean acceptanceRequired,
        List<String> allowedPrincipals,
        List<String> availabilityZoneIds)
        implements Component {
    public EndpointService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(providerVpc, "providerVpc");
        nlbs = List.copyOf(nlbs);
        allowedPrincipals = List.copyOf(allowedPrincipals);
        availabilityZoneIds = List.copyOf(availabilityZoneIds);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.ENDPOINT_SERVICE;
    }
}
