package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import java.util.Objects;

/**
 * A route that matched the destination (or could have been expected to) but did not win, and why:
 * for example {@code 0.0.0.0/0 -> nat-a}, because a /0 is shorter than the /19 prefix-list entry.
 */
public record LosingRoute(String route, Message why) {
    public LosingRoute {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(why, "why");
    }

    /** {@code route (why)} in English, the form golden scenarios use. */
    @Override
    public String toString() {
        return route + " (" + why.english() + ")";
    }
}
