package dev.vpclab.routing;

import dev.vpclab.net.IpAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The connection state that stateful devices keep on the way there (NAT gateways, load balancers),
 * so that the reply is translated back the way the request was translated.
 */
final class Conntrack {
    /** A NAT gateway rewrote {@code originalSrc} to its own address. */
    record NatEntry(IpAddress originalSrc, Iface originalSender) {}

    /**
     * A load balancer node took over a flow: from a PrivateLink endpoint ENI (or a direct client)
     * whose packet arrived as {@code clientPacket}.
     */
    record NlbEntry(Iface node, Optional<Iface> endpointEni, Packet clientPacket) {}

    /** A load balancer sent a flow to a target with the client's own address (preserved). */
    record PreservedEntry(String nlb, Iface node) {}

    private final Map<String, Object> entries = new HashMap<>();

    void put(String componentId, Object entry) {
        entries.put(componentId, entry);
    }

    /** The keys of the entries that start with {@code prefix}, sorted (so traces repeat). */
    List<String> keysStartingWith(String prefix) {
        return entries.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    <T> Optional<T> get(String componentId, Class<T> type) {
        Object e = entries.get(componentId);
        return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
    }
}
