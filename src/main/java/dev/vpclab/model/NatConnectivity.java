package dev.vpclab.model;

import java.util.Locale;

/** Whether a NAT gateway reaches the internet (public) or only other networks (private). */
public enum NatConnectivity {
    PUBLIC,
    PRIVATE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
