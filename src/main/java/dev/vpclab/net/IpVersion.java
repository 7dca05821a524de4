package dev.vpclab.net;

/** The address family of an address, CIDR or packet. */
public enum IpVersion {
    V4(32),
    V6(128);

    private final int bits;

    IpVersion(int bits) {
        this.bits = bits;
    }

    /** Number of bits in an address of this family. */
    public int bits() {
        return bits;
    }

    /** The family for a query's {@code ipVersion} (4 or 6). */
    public static IpVersion of(int number) {
        return switch (number) {
            case 4 -> V4;
            case 6 -> V6;
            default ->
                    throw new IllegalArgumentException("ipVersion must be 4 or 6, not " + number);
        };
    }

    /** 4 or 6. */
    public int number() {
        return this == V4 ? 4 : 6;
    }
}
