package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import java.util.List;
import java.util.Optional;

/** Why a walk stopped, before it becomes a {@link BlockedAt} with its leg. */
record Stop(
        String component,
        ReasonCode reason,
        Layer layer,
        Optional<String> matched,
        List<String> related,
        Message detail,
        Message fix,
        Optional<PacketHeader> packet) {
    Stop {
        related = List.copyOf(related);
    }

    BlockedAt on(Leg leg) {
        return new BlockedAt(component, reason, leg, layer, matched, related, detail, fix, packet);
    }
}
