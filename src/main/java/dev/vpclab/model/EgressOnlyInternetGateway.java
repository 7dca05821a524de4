package dev.vpclab.model;

import java.util.Objects;

/** An egress-only internet gateway: outbound IPv6 only, stateful (R-EIGW-1). */
public record EgressOnlyInternetGateway(String id, String vpc) implements Component {
    public EgressOnlyInternetGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY;
    }
}
