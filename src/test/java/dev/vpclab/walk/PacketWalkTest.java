package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.edit.Point;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.ReasonCode;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PacketWalkTest {

    /** Every component on a line, 100 units apart, in the order given. */
    private static Function<String, Optional<Point>> line(String... ids) {
        Map<String, Point> at = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            at.put(ids[i], new Point(100 * i, 0));
        }
        return id -> Optional.ofNullable(at.get(id));
    }

    private static PacketWalk walk(String scenario, String... ids) {
        Lab lab = Scenarios.lab(scenario);
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        return PacketWalk.of(trace, line(ids), Optional.of(lab));
    }

    @Test
    void theDnsLookUpComesFirstThenTheHopsThenTheReply() {
        PacketWalk w =
                walk(
                        "s3-gateway-endpoint-beats-nat-default-route",
                        "i-app",
                        "vpc-main",
                        "sg-app",
                        "acl-main",
                        "rt-private",
                        "vpce-s3-gw",
                        "s3-use1");
        List<Event> events = w.events();
        assertThat(events.get(0).phase()).isEqualTo(Phase.DNS_QUERY);
        assertThat(events.get(0).component()).isEqualTo("i-app");
        assertThat(events.get(1).phase()).isEqualTo(Phase.DNS_ANSWER);
        assertThat(events.get(1).component()).isEqualTo("vpc-main");
        assertThat(events.get(1).decision().english()).contains("54.123.170.20");
        assertThat(events.stream().map(Event::component).toList())
                .containsSubsequence(
                        "i-app", "sg-app", "acl-main", "rt-private", "vpce-s3-gw", "s3-use1");
        assertThat(events.stream().filter(e -> e.phase() == Phase.RETURN)).isNotEmpty();
        assertThat(events).extracting(Event::time).isSorted();
        assertThat(events).noneMatch(Event::blocked);
    }

    @Test
    void thePacketDwellsAtEachHopAndTravelsBetweenThem() {
        PacketWalk w =
                walk(
                        "s3-gateway-endpoint-beats-nat-default-route",
                        "i-app",
                        "vpc-main",
                        "sg-app",
                        "acl-main",
                        "rt-private",
                        "vpce-s3-gw",
                        "s3-use1");
        int rt = indexOf(w, "rt-private");
        double t = w.timeOfHop(rt);
        Frame at = w.frameAt(t + 0.1);
        assertThat(at.hopIndex()).isEqualTo(rt);
        assertThat(at.highlightedComponent()).isEqualTo("rt-private");
        assertThat(at.packetPosition()).isEqualTo(new Point(400, 0));
        assertThat(at.phase()).isEqualTo(Phase.FORWARD);
        assertThat(at.card()).isPresent();
        // Halfway between the route table and the endpoint, no card; the packet is between them.
        double leave = t + PacketWalk.DWELL_DECISION;
        double midway = (leave + w.timeOfHop(rt + 1)) / 2;
        Frame between = w.frameAt(midway);
        assertThat(between.card()).isEmpty();
        assertThat(between.packetPosition().x()).isStrictlyBetween(400.0, 500.0);
        // Speed 2 at one second is the walk at two seconds.
        assertThat(w.frameAt(midway / 2, 2)).isEqualTo(between);
    }

    @Test
    void theRouteCardShowsEveryRowWithTheWinnerAndTheLoserStruckWithWhy() {
        PacketWalk w =
                walk(
                        "s3-gateway-endpoint-beats-nat-default-route",
                        "i-app",
                        "vpc-main",
                        "sg-app",
                        "acl-main",
                        "rt-private");
        Card card = w.frameAt(w.timeOfHop(indexOf(w, "rt-private"))).card().orElseThrow();
        assertThat(card.check().english()).isEqualTo("Route table look-up");
        assertThat(card.routes())
                .extracting(Card.RouteRow::route, Card.RouteRow::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "10.0.0.0/16 -> local", Card.RowState.NOT_MATCHING),
                        org.assertj.core.groups.Tuple.tuple(
                                "0.0.0.0/0 -> nat-a", Card.RowState.LOST),
                        org.assertj.core.groups.Tuple.tuple(
                                "pl-s3-use1 -> vpce-s3-gw", Card.RowState.WINNER));
        assertThat(card.routes().get(1).why().orElseThrow().english())
                .contains("/0")
                .contains("/19");
        assertThat(card.details()).anyMatch(m -> m.english().contains("54.123.160.0/19"));
        assertThat(card.check().render(Locale.KOREAN)).isEqualTo("라우팅 테이블 조회");
    }

    @Test
    void theNatCardShowsTheAddressRewritten() {
        PacketWalk w = walk("s3-private-subnet-via-nat-gateway", "i-app", "nat-a");
        int nat = indexOf(w, "nat-a");
        Card card = w.frameAt(w.timeOfHop(nat)).card().orElseThrow();
        assertThat(card.translation().orElseThrow().english()).contains("10.0.0.20");
    }

    @Test
    void aBlockedPacketStopsAtTheBlockingComponentAndDrops() {
        PacketWalk w =
                walk("instance-sg-egress-missing-443-to-s3-fails", "i-app", "vpc-main", "sg-app");
        List<Event> events = w.events();
        Event last = events.get(events.size() - 1);
        assertThat(last.component()).isEqualTo("sg-app");
        assertThat(last.blocked()).isTrue();
        // The reason in words, as the card says it; the code is only on the card, small.
        assertThat(last.decision().english())
                .startsWith("Blocked: ")
                .doesNotContain("SECURITY_GROUP_NO_EGRESS_RULE");
        Frame start = w.frameAt(last.time());
        Frame end = w.frameAt(w.duration() + 10);
        assertThat(start.phase()).isEqualTo(Phase.BLOCKED);
        assertThat(start.dropped()).isTrue();
        assertThat(end.dropped()).isTrue();
        assertThat(end.packetPosition().y()).isGreaterThan(start.packetPosition().y());
        Card.Blocked b = end.card().orElseThrow().blocked().orElseThrow();
        assertThat(b.reason()).isEqualTo(ReasonCode.SECURITY_GROUP_NO_EGRESS_RULE);
        assertThat(b.reachabilityAnalyzerCode()).contains("ENI_SG_RULES_MISMATCH");
        assertThat(b.fix().english()).contains("sg-app").contains("443");
        assertThat(b.detail().render(Locale.KOREAN)).isNotEqualTo(b.detail().english());
        assertThat(events).noneMatch(e -> e.phase() == Phase.RETURN);
    }

    @Test
    void aReplyBlockedOnTheReturnLegStopsOnTheReturnPath() {
        PacketWalk w = walk("nacl-missing-inbound-ephemeral-return-fails");
        Event last = w.events().get(w.hopCount() - 1);
        assertThat(last.blocked()).isTrue();
        assertThat(last.leg()).contains(dev.vpclab.routing.Leg.RETURN);
        assertThat(w.events()).anyMatch(e -> e.phase() == Phase.RETURN);
    }

    @Test
    void aFailedDnsLookUpStopsAtTheResolver() {
        PacketWalk w = walk("vpc-dns-support-disabled-name-not-resolved");
        assertThat(w.hopCount()).isEqualTo(2);
        Frame end = w.frameAt(w.duration());
        assertThat(end.phase()).isEqualTo(Phase.BLOCKED);
        assertThat(end.card().orElseThrow().blocked().orElseThrow().reason())
                .isEqualTo(ReasonCode.DNS_RESOLUTION_FAILED);
    }

    @Test
    void steppingForwardAndBackVisitsEveryHopInOrder() {
        PacketWalk w =
                walk(
                        "s3-gateway-endpoint-beats-nat-default-route",
                        "i-app",
                        "vpc-main",
                        "sg-app",
                        "acl-main",
                        "rt-private",
                        "vpce-s3-gw");
        double t = 0;
        for (int i = 1; i < w.hopCount(); i++) {
            t = w.nextHopTime(t);
            assertThat(t).isEqualTo(w.timeOfHop(i));
            assertThat(w.frameAt(t).hopIndex()).isEqualTo(i);
        }
        assertThat(w.nextHopTime(t)).isEqualTo(w.duration());
        for (int i = w.hopCount() - 2; i >= 0; i--) {
            t = w.previousHopTime(t);
            assertThat(t).isEqualTo(w.timeOfHop(i));
        }
        assertThat(w.previousHopTime(0)).isZero();
        Frame done = w.frameAt(w.duration());
        assertThat(done.phase()).isEqualTo(Phase.DONE);
        assertThat(done.dropped()).isFalse();
    }

    @Test
    void componentsNotOnTheCanvasKeepThePacketWhereItWas() {
        Lab lab = Scenarios.lab("s3-gateway-endpoint-beats-nat-default-route");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        PacketWalk w = PacketWalk.of(trace, id -> Optional.empty());
        assertThat(w.frameAt(w.duration() / 2).packetPosition().x()).isZero();
        assertThatThrownBy(() -> w.frameAt(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.timeOfHop(w.hopCount()))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void onADiagramEveryComponentSitsAtTheCentreOfItsBox() {
        Lab lab = Scenarios.lab("s3-gateway-endpoint-beats-nat-default-route");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        dev.vpclab.edit.Diagram d = dev.vpclab.edit.Diagram.of(lab);
        PacketWalk w = PacketWalk.on(d, trace);
        int sg = indexOf(w, "sg-app");
        assertThat(w.frameAt(w.timeOfHop(sg)).packetPosition())
                .isEqualTo(d.box("sg-app").orElseThrow().center());
    }

    private static int indexOf(PacketWalk w, String component) {
        return w.events().stream()
                .filter(e -> e.component().equals(component))
                .mapToInt(Event::index)
                .findFirst()
                .orElseThrow();
    }
}
