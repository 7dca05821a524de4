package dev.vpclab.net;

import java.util.List;
import java.util.Objects;

/**
 * A text that is not a valid address, CIDR block, port range or protocol. Besides the English
 * message it carries what was wrong ({@link #reason()}) and the facts that say so ({@link
 * #details()}), so that a reader can tell the user in their own language without parsing the
 * message.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the text. */
    public enum Reason {
        /** No slash: not address/length. Details: none. */
        CIDR_SYNTAX,
        /** The part before the slash is not an address. Details: that part. */
        CIDR_ADDRESS,
        /** The part after the slash is not a number. Details: that part. */
        CIDR_LENGTH_SYNTAX,
        /** The prefix length does not fit the family. Details: the length, the family's bits. */
        CIDR_LENGTH_RANGE,
        /** Bits are set after the prefix. Details: the block that was meant. */
        CIDR_HOST_BITS,
        /** Not an IPv4 or IPv6 address. Details: none. */
        ADDRESS,
        /** Not a port, a range or "all". Details: none. */
        PORT_SYNTAX,
        /** A port outside 0-65535. Details: the port. */
        PORT_BOUNDS,
        /** The high port comes first. Details: low, high as written. */
        PORT_ORDER,
        /** Not a protocol. Details: none. */
        PROTOCOL
    }

    private final String value;
    private final Reason reason;
    private final transient List<String> details;

    InvalidValueException(String message, String value, Reason reason, Object... details) {
        super(message);
        this.value = Objects.requireNonNull(value, "value");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.details = java.util.Arrays.stream(details).map(String::valueOf).toList();
    }

    /** The text as the user wrote it. */
    public String value() {
        return value;
    }

    public Reason reason() {
        return reason;
    }

    /** The facts the reason names, as texts (see each {@link Reason}). */
    public List<String> details() {
        return details == null ? List.of() : details;
    }
}
