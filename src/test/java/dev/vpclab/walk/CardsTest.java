package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.LosingRoute;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cards and event texts follow a hop's typed decision, whatever its display text says. */
class CardsTest {
    private static Route route(String destination, String target) {
        return new Route(AddressSet.parse(destination), target, RouteOrigin.STATIC);
    }

    private static Hop routeHop(String text, Optional<Route> winner, List<LosingRoute> losers) {
        return Hop.builder("rtb-a")
                .check(Check.ROUTE)
                .matched(text)
                .decision(new Decision.RouteChoice(winner, Optional.empty(), losers, false))
                .notChosen(losers)
                .build();
    }

    @Test
    void theWinningRouteComesFromTheDecisionNotFromTheText() {
        Route nat = route("0.0.0.0/0", "nat-a");
        Route peer = route("10.1.0.0/16", "pcx-a");
        // A display text that names neither route: only the typed decision can tell the rows.
        Hop hop =
                routeHop(
                        "(text for people)",
                        Optional.of(peer),
                        List.of(new LosingRoute(nat, Message.of("test.shorter", "/0", "/16"))));
        List<Card.RouteRow> rows = Cards.routeRows(hop, Optional.empty());
        assertThat(rows)
                .extracting(Card.RouteRow::route, Card.RouteRow::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "10.1.0.0/16 -> pcx-a", Card.RowState.WINNER),
                        org.assertj.core.groups.Tuple.tuple(
                                "0.0.0.0/0 -> nat-a", Card.RowState.LOST));
        assertThat(rows.get(0).target()).contains("pcx-a");
        assertThat(Cards.decision(hop, Optional.empty()))
                .isEqualTo(Message.of("walk.decision.matched", "(text for people)"));
    }

    @Test
    void noWinningRouteIsNoRouteEvenIfTheTextIsNotNone() {
        Hop hop = routeHop("no route text", Optional.empty(), List.of());
        assertThat(Cards.routeRows(hop, Optional.empty())).isEmpty();
        assertThat(Cards.decision(hop, Optional.empty()))
                .isEqualTo(Message.of("walk.decision.noRoute"));
        assertThat(Cards.forHop(hop, Optional.empty(), Optional.empty()).decision())
                .contains(Message.of("walk.why.noRoute"));
    }

    @Test
    void aSecurityGroupWithNoRuleSaysNoRuleOfTheGroupAllowsThePacket() {
        Decision.SecurityGroupMatch none =
                new Decision.SecurityGroupMatch("sg-a", true, Optional.empty(), Optional.empty());
        Hop hop =
                Hop.builder("eni-a")
                        .check(Check.EGRESS)
                        .decision(none)
                        .matched(none.text())
                        .build();
        assertThat(Cards.forHop(hop, Optional.empty(), Optional.empty()).decision())
                .contains(Message.of("walk.why.sgOutNone", "sg-a"));
        // The event row says the same, in words (it said "No rule matched").
        assertThat(Cards.decision(hop, Optional.empty()))
                .isEqualTo(Message.of("walk.why.sgOutNone", "sg-a"));
    }

    @Test
    void aTranslationHopShowsTheRewriteAndNothingWhenNothingWasTranslated() {
        Hop none =
                Hop.builder("nat-a")
                        .check(Check.TRANSLATE)
                        .decision(new Decision.NoMatch())
                        .matched("none")
                        .build();
        assertThat(Cards.forHop(none, Optional.empty(), Optional.empty()).translation()).isEmpty();
        Hop rewrite =
                Hop.builder("nat-a")
                        .check(Check.TRANSLATE)
                        .matched("src 10.0.1.10 -> 10.0.0.5")
                        .build();
        assertThat(Cards.forHop(rewrite, Optional.empty(), Optional.empty()).translation())
                .contains(Message.of("walk.card.translation", "src 10.0.1.10 -> 10.0.0.5"));
    }

    @Test
    void theCardSaysWhatDecidedInWordsFromTheTypedDecisionInTheReadersLanguage() {
        dev.vpclab.model.SecurityGroupRule rule =
                new dev.vpclab.model.SecurityGroupRule(
                        dev.vpclab.net.Protocol.ALL,
                        dev.vpclab.net.PortRange.ALL,
                        AddressSet.parse("0.0.0.0/0"),
                        Optional.empty());
        Decision.SecurityGroupMatch allow =
                new Decision.SecurityGroupMatch(
                        "sg-app", true, Optional.of(rule), Optional.empty());
        // The display text is the raw canonical form; the card must not show it.
        Hop hop =
                Hop.builder("i-app")
                        .check(Check.EGRESS)
                        .decision(allow)
                        .matched(allow.text())
                        .build();
        Message decision =
                Cards.forHop(hop, Optional.empty(), Optional.empty()).decision().orElseThrow();
        String english = decision.render(java.util.Locale.ENGLISH);
        String korean = decision.render(java.util.Locale.KOREAN);
        assertThat(english)
                .isEqualTo("Allowed by an outbound rule of sg-app: all traffic to 0.0.0.0/0")
                .doesNotContain("Decided by")
                .doesNotContain("allow all ->");
        assertThat(korean).contains("sg-app", "0.0.0.0/0", "모든 트래픽").doesNotContain("all");
    }

    @Test
    void aNatRewriteIsSaidInWordsFromItsTypedTranslation() {
        Decision.Translation t =
                new Decision.Translation(
                        Decision.AddressField.SRC,
                        dev.vpclab.net.IpAddress.parse("10.0.1.10"),
                        dev.vpclab.net.IpAddress.parse("10.0.0.5"));
        Hop hop =
                Hop.builder("nat-a")
                        .check(Check.TRANSLATE)
                        .decision(t)
                        .matched("(text for people)")
                        .build();
        assertThat(
                        Cards.forHop(hop, Optional.empty(), Optional.empty())
                                .translation()
                                .orElseThrow()
                                .render(java.util.Locale.ENGLISH))
                .isEqualTo("Changes the source address 10.0.1.10 to 10.0.0.5");
    }
}
