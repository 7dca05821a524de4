package dev.vpclab.model;

import java.util.Locale;

/** Whether a NAT gateway reaches the internet (public) or only other networks (private). */
public enum NatConnectivity {
    PUBLIC,
    PRIVATE;

    @Override
    public String toString() {
        return text;
    }

    // The lower-case name is printed in every rule and hop: computed once.
    private final String text = name().toLowerCase(Locale.ROOT);
}
