package dev.vpclab.routing;

import java.util.Locale;

/** Which way the packet was going where it was blocked: the request or the reply. */
public enum Leg {
    FORWARD,
    RETURN;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
