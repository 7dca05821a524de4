package dev.vpclab.model;

import java.util.Objects;

/** An internet gateway attached to a VPC. */
public record InternetGateway(String id, String vpc) implements Component {
    public InternetGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.INTERNET_GATEWAY;
    }
}
