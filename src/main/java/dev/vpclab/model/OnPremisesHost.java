package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.Objects;

/** A host in an on-premises network. */
public record OnPremisesHost(String id, String network, IpAddress ip) implements Component {
    public OnPremisesHost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(ip, "ip");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.ON_PREMISES_HOST;
    }
}
