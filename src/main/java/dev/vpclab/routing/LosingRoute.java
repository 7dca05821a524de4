package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Route;
import java.util.Objects;
import java.util.Optional;

/**
 * A route that matched the destination (or could have been expected to) but did not win, and why:
 * for example {@code 0.0.0.0/0 -> nat-a}, because a /0 is shorter than the /19 prefix-list entry.
 *
 * @param route the route's canonical text, derived from {@code rule} when it is known
 * @param rule the route itself
 */
public record LosingRoute(String route, Message why, Optional<Route> rule) {
    public LosingRoute {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(rule, "rule");
    }

    /** The route that lost, with its canonical text. */
    public LosingRoute(Route rule, Message why) {
        this(rule.toString(), why, Optional.of(rule));
    }

    /** A losing route known only by its text (a sample trace). */
    public LosingRoute(String route, Message why) {
        this(route, why, Optional.empty());
    }

    /** {@code route (why)} in English, the form golden scenarios use. */
    @Override
    public String toString() {
        return route + " (" + why.english() + ")";
    }
}
