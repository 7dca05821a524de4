package dev.vpclab.net;

import java.util.Locale;

/** The IP protocol of a rule, listener or packet, as the AWS console names it. */
public enum Protocol {
    TCP,
    UDP,
    ICMP,
    /** Every protocol; in a packet it is never used. */
    ALL;

    /**
     * Parses {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6} (read as icmp), {@code all} or
     * {@code -1}.
     */
    public static Protocol parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "tcp", "6" -> TCP;
            case "udp", "17" -> UDP;
            case "icmp", "icmpv6", "1", "58" -> ICMP;
            case "all", "-1" -> ALL;
            default ->
                    throw new InvalidValueException(
                            "'" + text + "' is not a protocol (expected tcp, udp, icmp or all)",
                            text,
                            InvalidValueException.Reason.PROTOCOL);
        };
    }

    /** True when a rule of this protocol covers a packet of {@code packet}'s protocol. */
    public boolean covers(Protocol packet) {
        return this == ALL || this == packet;
    }

    /** Whether the protocol carries ports. */
    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    @Override
    public String toString() {
        return text;
    }

    // The lower-case name is printed in every rule and hop: computed once.
    private final String text = name().toLowerCase(Locale.ROOT);
}
