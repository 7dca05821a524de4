package dev.vpclab.routing;

import java.util.Locale;

/** Which layer blocked a flow: name resolution, the network, or authorization by policy. */
public enum Layer {
    DNS,
    NETWORK,
    AUTHORIZATION;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
