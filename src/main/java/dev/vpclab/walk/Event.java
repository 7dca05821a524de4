package dev.vpclab.walk;

import dev.vpclab.i18n.Message;
import dev.vpclab.routing.Leg;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the event list beside the canvas, like Packet Tracer's: when the packet reaches a
 * component, what is checked there and what was decided. Clicking a row jumps to {@code time}.
 *
 * @param time seconds from the start of the walk, at speed 1
 * @param index the row's position, the hop index of {@link PacketWalk#timeOfHop(int)}
 * @param leg the request or the reply; empty for the DNS look-up
 * @param blocked the packet stopped here
 */
public record Event(
        double time,
        int index,
        String component,
        Message check,
        Message decision,
        Phase phase,
        Optional<Leg> leg,
        boolean blocked) {
    public Event {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(leg, "leg");
    }
}
