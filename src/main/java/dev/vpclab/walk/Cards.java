package dev.vpclab.walk;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.DnsResolution;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.LosingRoute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the cards and event-list texts of the steps of a packet walk. */
final class Cards {
    private Cards() {}

    /** The name of a check, or "nothing is checked here" for a hop without one. */
    static Message checkName(Optional<Check> check) {
        return Message.of("walk.check." + check.map(Check::wireName).orElse("none"));
    }

    /**
     * The name of what was decided at a hop: its check, or connection tracking where a reply
     * crossed an instance's security groups by their connection state (a hop the trace format lists
     * without a check).
     */
    static Message checkName(Hop hop) {
        if (hop.check().isEmpty() && hop.decision(Decision.ConnectionTracked.class).isPresent()) {
            return checkName(Optional.of(Check.STATEFUL));
        }
        return checkName(hop.check());
    }

    static Card forHop(Hop hop, Optional<Lab> lab, Optional<BlockedAt> blocking) {
        List<Message> details = new ArrayList<>();
        hop.via()
                .ifPresent(
                        v ->
                                details.add(
                                        Message.of(
                                                hop.check().orElse(null) == Check.ROUTE
                                                        ? "walk.card.viaEntry"
                                                        : "walk.card.via",
                                                v)));
        hop.subnet().ifPresent(s -> details.add(Message.of("walk.card.subnet", s)));
        hop.eni().ifPresent(e -> details.add(Message.of("walk.card.eni", e, hop.ip().orElse("-"))));
        hop.node()
                .ifPresent(
                        n -> details.add(Message.of("walk.card.node", n, hop.azId().orElse("-"))));
        hop.origin().ifPresent(o -> details.add(Message.of("walk.card.origin", o)));
        for (Map.Entry<String, Optional<String>> e : hop.requestContext().entrySet()) {
            details.add(
                    e.getValue().isPresent()
                            ? Message.of("walk.card.context", e.getKey(), e.getValue().get())
                            : Message.of("walk.card.contextAbsent", e.getKey()));
        }
        boolean translate = hop.check().orElse(null) == Check.TRANSLATE;
        boolean nothing = nothingMatched(hop);
        // In words, from the typed decision: the card says why once, in the reader's language. A
        // translation is said as one; a gateway that found nothing to translate to says why.
        Optional<Message> translation =
                translate && !nothing
                        ? hop.decision(Decision.Translation.class)
                                .map(DecisionWords::translation)
                                .or(
                                        () ->
                                                hop.decision().isPresent()
                                                        ? Optional.empty()
                                                        : hop.matched()
                                                                .map(
                                                                        m ->
                                                                                Message.of(
                                                                                        "walk.card.translation",
                                                                                        m)))
                        : Optional.empty();
        // A hop where nothing is checked says that it passes through, not "no rule matched".
        Optional<Message> decision =
                translate && (nothing || translation.isPresent())
                        ? Optional.empty()
                        : DecisionWords.of(hop)
                                .or(
                                        () ->
                                                hop.check().isEmpty()
                                                        ? Optional.of(
                                                                Message.of("walk.decision.pass"))
                                                        : Optional.empty());
        List<Card.RouteRow> routes =
                hop.check().orElse(null) == Check.ROUTE ? routeRows(hop, lab) : List.of();
        return new Card(
                hop.id(),
                checkName(hop),
                decision,
                routes,
                translation,
                hop.note(),
                details,
                blocking.map(Cards::blocked));
    }

    static Card.Blocked blocked(BlockedAt b) {
        return new Card.Blocked(
                b.reason(),
                b.reason().reachabilityAnalyzerCode(),
                b.matched(),
                b.detail(),
                b.fix());
    }

    /**
     * Every row of the route table when the lab is known (else the winner and the losers): the
     * winner, the matching routes that lost (with why), the rest as not matching.
     */
    static List<Card.RouteRow> routeRows(Hop hop, Optional<Lab> lab) {
        Optional<Decision.RouteChoice> choice = hop.decision(Decision.RouteChoice.class);
        Optional<Route> winning = choice.flatMap(Decision.RouteChoice::winner);
        List<LosingRoute> losers = choice.map(Decision.RouteChoice::notChosen).orElse(List.of());
        List<Card.RouteRow> rows = new ArrayList<>();
        Set<Route> shown = new HashSet<>();
        Optional<RouteTable> table = lab.flatMap(l -> l.component(hop.id(), RouteTable.class));
        if (table.isPresent()) {
            for (Route r : table.get().routes()) {
                shown.add(r);
                rows.add(row(r, winning, losers));
            }
        } else if (winning.isPresent()) {
            Route w = winning.get();
            rows.add(
                    new Card.RouteRow(
                            w.toString(),
                            Card.RowState.WINNER,
                            Optional.empty(),
                            Optional.of(w.target())));
            shown.add(w);
        }
        for (LosingRoute lost : losers) {
            if (lost.rule().map(shown::add).orElse(true)) {
                rows.add(
                        new Card.RouteRow(
                                lost.route(),
                                Card.RowState.LOST,
                                Optional.of(lost.why()),
                                lost.rule().map(Route::target)));
            }
        }
        return rows;
    }

    /** A row of the table: the typed winner and losers decide its state, not their texts. */
    private static Card.RouteRow row(Route r, Optional<Route> winner, List<LosingRoute> losers) {
        String text = r.toString();
        Optional<String> target = Optional.of(r.target());
        if (winner.filter(r::equals).isPresent()) {
            return new Card.RouteRow(text, Card.RowState.WINNER, Optional.empty(), target);
        }
        for (LosingRoute l : losers) {
            if (l.rule().filter(r::equals).isPresent()) {
                return new Card.RouteRow(text, Card.RowState.LOST, Optional.of(l.why()), target);
            }
        }
        return new Card.RouteRow(text, Card.RowState.NOT_MATCHING, Optional.empty(), target);
    }

    /** Whether the hop's check found nothing to apply, as its typed decision says. */
    static boolean nothingMatched(Hop hop) {
        return hop.decision().map(Decision::nothingMatched).orElse(false);
    }

    /** The event-list text of a block: the reason in words, as the card says it. */
    static Message blockedRow(BlockedAt b) {
        return Message.of("walk.decision.blocked", b.detail());
    }

    /**
     * The event-list text of what was decided at a hop. The row's first line is the check's name
     * ({@link #checkName}), so this line never repeats it: a hop where nothing is checked "passes
     * through", or says what carried it (a virtual interface).
     */
    static Message decision(Hop hop, Optional<BlockedAt> blocking) {
        if (blocking.isPresent()) {
            return blockedRow(blocking.get());
        }
        Check check = hop.check().orElse(null);
        if (check == null) {
            return hop.decision().isPresent()
                    ? DecisionWords.of(hop).orElse(Message.of("walk.decision.pass"))
                    : Message.of("walk.decision.pass");
        }
        Optional<String> text = hop.matched();
        boolean nothing = nothingMatched(hop) || text.isEmpty();
        if (check == Check.ROUTE && nothing) {
            return Message.of("walk.decision.noRoute");
        }
        if (nothing) {
            // In words, from the typed decision (no listener, no Direct Connect route, ...).
            return DecisionWords.of(hop).orElse(Message.of("walk.card.noRuleMatched"));
        }
        String matched = text.get();
        if (check == Check.TRANSLATE) {
            return Message.of("walk.decision.translate", matched);
        }
        return Message.of("walk.decision.matched", matched);
    }

    static Card dnsQuery(String source, DnsResolution dns) {
        return new Card(
                source,
                Message.of("walk.check.dnsQuery"),
                Optional.of(
                        Message.of("walk.dns.query", dns.name(), DnsWords.server(dns.server()))),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    static Message dnsAnswerText(DnsResolution dns) {
        return dns.ok()
                ? Message.of(
                        "walk.dns.answer",
                        dns.name(),
                        dns.answer().stream()
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")),
                        Message.of("walk.dns.kind." + dns.answerKind().wireName()))
                : Message.of("walk.dns.noAnswer", dns.name());
    }

    static Card dnsAnswer(String component, DnsResolution dns, Optional<BlockedAt> blocking) {
        return new Card(
                component,
                Message.of("walk.check.dnsAnswer"),
                Optional.of(dnsAnswerText(dns)),
                List.of(),
                Optional.empty(),
                Optional.of(dns.via()),
                DnsWords.details(dns),
                blocking.map(Cards::blocked));
    }

    /** A card for a component that blocks the packet but is not one of the hops. */
    static Card blockedOnly(BlockedAt b) {
        return new Card(
                b.component(),
                Message.of("walk.check.blocked"),
                Optional.empty(), // the blocked part says why, once
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of(blocked(b)));
    }
}
