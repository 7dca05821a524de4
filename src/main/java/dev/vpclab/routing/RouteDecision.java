package dev.vpclab.routing;

import dev.vpclab.model.Route;
import dev.vpclab.net.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a route-table look-up: the winning route (if any), the prefix-list entry it
 * matched through, the routes that lost and why, and whether the choice was a tie AWS breaks at
 * random (R-RT-6c).
 */
record RouteDecision(
        Optional<Route> winner,
        Optional<Cidr> via,
        List<LosingRoute> notChosen,
        boolean randomTie) {
    RouteDecision {
        notChosen = List.copyOf(notChosen);
    }

    /** The decision as the hop records it. */
    Decision.RouteChoice asDecision() {
        return new Decision.RouteChoice(winner, via, notChosen, randomTie);
    }

    /** {@code "<destination> -> <target>"} or {@code "none"}. */
    String matchedText() {
        return asDecision().text();
    }
}
