package dev.vpclab.net;

/**
 * A port range of a rule or listener as AWS writes it: {@code "443"}, {@code "1024-65535"} or
 * {@code "all"}. For ICMP rules the numbers are ICMP types.
 */
public record PortRange(int from, int to) {
    /** Every port. */
    public static final PortRange ALL = new PortRange(0, 65535);

    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            String message =
                    "port range " + from + "-" + to + " must lie within 0-65535, low to high";
            String written = from == to ? String.valueOf(from) : from + "-" + to;
            if (from < 0 || from > 65535) {
                throw new InvalidValueException(
                        message, written, InvalidValueException.Reason.PORT_BOUNDS, from);
            }
            if (to < 0 || to > 65535) {
                throw new InvalidValueException(
                        message, written, InvalidValueException.Reason.PORT_BOUNDS, to);
            }
            throw new InvalidValueException(
                    message, written, InvalidValueException.Reason.PORT_ORDER, from, to);
        }
    }

    /**
     * Parses {@code all}, a port or {@code low-high}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PortRange parse(String text) {
        String s = text.trim();
        if (s.equalsIgnoreCase("all") || s.equals("-1")) {
            return ALL;
        }
        int dash = s.indexOf('-');
        try {
            if (dash < 0) {
                int port = Integer.parseInt(s);
                return new PortRange(port, port);
            }
            return new PortRange(
                    Integer.parseInt(s.substring(0, dash).trim()),
                    Integer.parseInt(s.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(
                    "'"
                            + text
                            + "' is not a port range (expected \"443\", \"1024-65535\" or \"all\")",
                    text,
                    InvalidValueException.Reason.PORT_SYNTAX);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(
                    e.getMessage(), text, e.reason(), e.details().toArray());
        }
    }

    public boolean contains(int port) {
        return port >= from && port <= to;
    }

    public boolean isAll() {
        return from == 0 && to == 65535;
    }

    @Override
    public String toString() {
        return isAll() ? "all" : from == to ? Integer.toString(from) : from + "-" + to;
    }
}
