package dev.vpclab.net;

import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 CIDR block such as {@code 10.0.0.0/16} or {@code ::/0}. The network address has
 * no bits set after the prefix; AWS refuses blocks like {@code 10.0.0.1/16} and so do we.
 */
public record Cidr(IpAddress network, int prefixLength) implements Comparable<Cidr> {

    public Cidr {
        Objects.requireNonNull(network, "network");
        int bits = network.version().bits();
        if (prefixLength < 0 || prefixLength > bits) {
            throw new InvalidValueException(
                    "prefix length " + prefixLength + " is outside 0.." + bits,
                    network + "/" + prefixLength,
                    InvalidValueException.Reason.CIDR_LENGTH_RANGE,
                    prefixLength,
                    bits);
        }
        if (!network.masked(prefixLength).equals(network)) {
            throw new InvalidValueException(
                    network
                            + "/"
                            + prefixLength
                            + " has host bits set; the block is "
                            + network.masked(prefixLength)
                            + "/"
                            + prefixLength,
                    network + "/" + prefixLength,
                    InvalidValueException.Reason.CIDR_HOST_BITS,
                    network.masked(prefixLength) + "/" + prefixLength);
        }
    }

    /**
     * Parses {@code address/length}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException(
                    "'"
                            + text
                            + "' is not a CIDR block (expected address/length, e.g. 10.0.0.0/16)",
                    text,
                    InvalidValueException.Reason.CIDR_SYNTAX);
        }
        IpAddress address =
                IpAddress.tryParse(s.substring(0, slash))
                        .orElseThrow(
                                () ->
                                        new InvalidValueException(
                                                "'"
                                                        + text
                                                        + "' is not a CIDR block: '"
                                                        + s.substring(0, slash)
                                                        + "' is not an IP address",
                                                text,
                                                InvalidValueException.Reason.CIDR_ADDRESS,
                                                s.substring(0, slash)));
        String lengthText = s.substring(slash + 1);
        if (lengthText.isEmpty()
                || lengthText.length() > 3
                || !lengthText.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException(
                    "'"
                            + text
                            + "' is not a CIDR block: '"
                            + lengthText
                            + "' is not a prefix length",
                    text,
                    InvalidValueException.Reason.CIDR_LENGTH_SYNTAX,
                    lengthText);
        }
        try {
            return new Cidr(address, Integer.parseInt(lengthText));
        } catch (InvalidValueException e) {
            // the same fault, told about the text as the user wrote it
            throw new InvalidValueException(
                    e.getMessage(), text, e.reason(), e.details().toArray());
        }
    }

    /** Parses the text, or returns empty when it is not a valid CIDR block. */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A host route: the address with a full-length prefix. */
    public static Cidr host(IpAddress address) {
        return new Cidr(address, address.version().bits());
    }

    /** {@code 0.0.0.0/0} or {@code ::/0}. */
    public static Cidr any(IpVersion version) {
        return version == IpVersion.V4
                ? new Cidr(IpAddress.ofV4(0), 0)
                : new Cidr(IpAddress.ofV6(0, 0), 0);
    }

    public IpVersion version() {
        return network.version();
    }

    /** True when the address is of this block's family and inside it. */
    public boolean contains(IpAddress address) {
        return address.version() == network.version()
                && address.masked(prefixLength).equals(network);
    }

    /** True when this block holds the whole of {@code other}. */
    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && contains(other.network);
    }

    /** True when the two blocks share at least one address. */
    public boolean overlaps(Cidr other) {
        return contains(other.network) || other.contains(network);
    }

    /** Number of addresses in the block, capped at {@link Long#MAX_VALUE}. */
    public long size() {
        int hostBits = network.version().bits() - prefixLength;
        return hostBits >= 63 ? Long.MAX_VALUE : 1L << hostBits;
    }

    /** The {@code n}-th address of the block (0 is the network address). */
    public IpAddress address(long n) {
        return network.plus(n);
    }

    @Override
    public int compareTo(Cidr other) {
        int byNetwork = network.compareTo(other.network);
        return byNetwork != 0 ? byNetwork : Integer.compare(prefixLength, other.prefixLength);
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }
}
