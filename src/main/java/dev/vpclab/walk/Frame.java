package dev.vpclab.walk;

import dev.vpclab.edit.Point;
import java.util.Objects;
import java.util.Optional;

/**
 * What the canvas shows at one moment of a packet walk.
 *
 * @param packetPosition where to draw the packet, in lab (world) coordinates
 * @param hopIndex the step of {@link PacketWalk#events()} the packet is at, or has just left
 * @param highlightedComponent the component lit up
 * @param card the card to show; empty while the packet travels between components
 * @param dropped the packet was blocked and is drawn red, falling
 */
public record Frame(
        Point packetPosition,
        int hopIndex,
        String highlightedComponent,
        Optional<Card> card,
        Phase phase,
        boolean dropped) {
    public Frame {
        Objects.requireNonNull(packetPosition, "packetPosition");
        Objects.requireNonNull(highlightedComponent, "highlightedComponent");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(phase, "phase");
    }
}
