package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.Objects;
import java.util.Optional;

/** A host on the public internet, with an IPv4 and optionally an IPv6 address. */
public record InternetHost(String id, IpAddress ip, Optional<IpAddress> ipv6) implements Component {
    public InternetHost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(ipv6, "ipv6");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.INTERNET_HOST;
    }
}
