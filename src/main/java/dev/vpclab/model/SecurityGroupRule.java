package dev.vpclab.model;

import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.Objects;
import java.util.Optional;

/**
 * An allow rule of a security group: protocol, ports and the peer (a source for inbound rules, a
 * destination for outbound ones).
 */
public record SecurityGroupRule(
        Protocol protocol, PortRange ports, AddressSet peer, Optional<String> note) {
    public SecurityGroupRule {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(note, "note");
    }

    /** The protocol and ports as the canonical forms write them (ports omitted for all). */
    public String describeTraffic() {
        return protocol == Protocol.ALL ? protocol.toString() : protocol + " " + ports;
    }
}
