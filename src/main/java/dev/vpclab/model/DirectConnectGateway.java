package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * An AWS Direct Connect gateway: a global object that joins Direct Connect virtual interfaces to
 * the virtual private gateways (private virtual interfaces) or transit gateways (transit virtual
 * interfaces) it is associated with, in any Region. It carries traffic only between its virtual
 * interfaces and its associated gateways, never from one associated VPC to another (R-DX-2).
 *
 * <p>AWS: https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html and
 * https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html
 *
 * @param associations the ids of the associated virtual private gateways or transit gateways
 */
public record DirectConnectGateway(String id, List<String> associations) implements Component {
    public DirectConnectGateway {
        Objects.requireNonNull(id, "id");
        associations = List.copyOf(associations);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.DIRECT_CONNECT_GATEWAY;
    }
}
