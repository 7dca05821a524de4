package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and why a flow stopped: the component, the reason code, the leg and layer, the rule that
 * decided, the components involved, an explanation and a one-sentence fix for a learner, and the
 * header of the packet that was dropped (absent when no packet was sent, e.g. DNS failed).
 */
public record BlockedAt(
        String component,
        ReasonCode reason,
        Leg leg,
        Layer layer,
        Optional<String> matched,
        List<String> related,
        Message detail,
        Message fix,
        Optional<PacketHeader> packet) {
    public BlockedAt {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(leg, "leg");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(matched, "matched");
        related = List.copyOf(related);
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(packet, "packet");
    }
}
