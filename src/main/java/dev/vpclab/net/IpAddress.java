package dev.vpclab.net;

import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address held as 128 bits (IPv4 in the low 32 bits), so that comparison, prefix
 * tests and hashing are cheap on the routing hot path.
 */
public final class IpAddress implements Comparable<IpAddress> {
    private final long high;
    private final long low;
    private final IpVersion version;
    // Traces print addresses in every hop; the text is computed once. Benign race: any thread
    // that computes it computes the same string.
    private String text;

    private IpAddress(long high, long low, IpVersion version) {
        this.high = high;
        this.low = low;
        this.version = version;
    }

    /** An IPv4 address from its 32-bit value. */
    public static IpAddress ofV4(long value) {
        return new IpAddress(0, value & 0xFFFF_FFFFL, IpVersion.V4);
    }

    /** An IPv6 address from its two 64-bit halves. */
    public static IpAddress ofV6(long high, long low) {
        return new IpAddress(high, low, IpVersion.V6);
    }

    /**
     * Parses dotted-quad IPv4 or RFC 4291 IPv6 text.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static IpAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        return tryParse(text)
                .orElseThrow(
                        () ->
                                new InvalidValueException(
                                        "'" + text + "' is not an IPv4 or IPv6 address",
                                        text,
                                        InvalidValueException.Reason.ADDRESS));
    }

    /** Parses the text, or returns empty when it is not an address. */
    public static Optional<IpAddress> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.indexOf(':') >= 0) {
            return parseV6(s);
        }
        return parseV4(s);
    }

    private static Optional<IpAddress> parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            if (part.length() > 1 && part.charAt(0) == '0') {
                return Optional.empty(); // leading zeros are ambiguous (octal in some tools)
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = (value << 8) | octet;
        }
        return Optional.of(ofV4(value));
    }

    private static Optional<IpAddress> parseV6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon != s.lastIndexOf("::") || s.contains(":::")) {
            return Optional.empty();
        }
        String[] head;
        String[] tail;
        if (doubleColon >= 0) {
            String left = s.substring(0, doubleColon);
            String right = s.substring(doubleColon + 2);
            head = left.isEmpty() ? new String[0] : left.split(":", -1);
            tail = right.isEmpty() ? new String[0] : right.split(":", -1);
        } else {
            head = s.split(":", -1);
            tail = new String[0];
        }
        int[] groups = new int[8];
        int total = head.length + tail.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return Optional.empty();
        }
        for (int i = 0; i < head.length; i++) {
            Integer g = group(head[i]);
            if (g == null) {
                return Optional.empty();
            }
            groups[i] = g;
        }
        for (int i = 0; i < tail.length; i++) {
            Integer g = group(tail[i]);
            if (g == null) {
                return Optional.empty();
            }
            groups[8 - tail.length + i] = g;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = (high << 16) | groups[i];
            low = (low << 16) | groups[i + 4];
        }
        return Optional.of(ofV6(high, low));
    }

    private static Integer group(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return null;
            }
        }
        return Integer.parseInt(text, 16);
    }

    public IpVersion version() {
        return version;
    }

    public boolean isV4() {
        return version == IpVersion.V4;
    }

    long high() {
        return high;
    }

    long low() {
        return low;
    }

    /** The address with every bit after the first {@code prefixLength} cleared. */
    IpAddress masked(int prefixLength) {
        if (isV4()) {
            long mask =
                    prefixLength == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefixLength)) & 0xFFFF_FFFFL;
            return ofV4(low & mask);
        }
        long highMask =
                prefixLength >= 64 ? -1L : prefixLength == 0 ? 0 : -1L << (64 - prefixLength);
        long lowMask =
                prefixLength <= 64 ? 0 : prefixLength == 128 ? -1L : -1L << (128 - prefixLength);
        return ofV6(high & highMask, low & lowMask);
    }

    /** The address {@code n} positions after this one (wraps within the family). */
    public IpAddress plus(long n) {
        if (isV4()) {
            return ofV4(low + n);
        }
        long newLow = low + n;
        long carry = Long.compareUnsigned(newLow, low) < 0 ? 1 : 0;
        return ofV6(high + carry, newLow);
    }

    /**
     * True for the private and shared ranges of RFC 1918, RFC 6598, loopback and link-local (IPv4),
     * and unique-local and link-local (IPv6): addresses the internet does not route.
     */
    public boolean isPrivate() {
        if (isV4()) {
            long v = low;
            return (v >>> 24) == 10
                    || (v >>> 20) == ((172L << 4) | 1)
                    || (v >>> 16) == ((192L << 8) | 168)
                    || (v >>> 22) == ((100L << 2) | 1)
                    || (v >>> 24) == 127
                    || (v >>> 16) == ((169L << 8) | 254);
        }
        long top16 = high >>> 48;
        return (top16 & 0xFE00) == 0xFC00 || (top16 & 0xFFC0) == 0xFE80;
    }

    @Override
    public int compareTo(IpAddress other) {
        int byVersion = version.compareTo(other.version);
        if (byVersion != 0) {
            return byVersion;
        }
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other
                && high == other.high
                && low == other.low
                && version == other.version;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high * 31 + low) * 2 + version.ordinal();
    }

    /** Dotted quad for IPv4; RFC 5952 canonical text for IPv6. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = format();
            text = t;
        }
        return t;
    }

    private String format() {
        if (isV4()) {
            return ((low >>> 24) & 0xFF)
                    + "."
                    + ((low >>> 16) & 0xFF)
                    + "."
                    + ((low >>> 8) & 0xFF)
                    + "."
                    + (low & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
            groups[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952: a single zero group is not compressed
        for (int i = 0; i < 8; ) {
            if (groups[i] == 0) {
                int j = i;
                while (j < 8 && groups[j] == 0) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }
}
