package dev.vpclab.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.format.LabReader;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hops record their decision as an object, their text is derived from it, and cards say it in the
 * reader's language from the object.
 */
class TypedDecisionTest {

    @Test
    void aMissingEgressRuleIsATypedNoRuleDecisionWithTheDroppedHeader() {
        Lab lab = Scenarios.lab("instance-sg-egress-missing-443-to-s3-fails");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        Hop sg =
                trace.path().stream()
                        .filter(h -> h.check().orElse(null) == Check.EGRESS)
                        .findFirst()
                        .orElseThrow();
        Decision.SecurityGroupMatch match =
                sg.decision(Decision.SecurityGroupMatch.class).orElseThrow();
        assertFalse(match.allowed());
        assertTrue(match.outbound());
        assertEquals(match.text(), sg.matched().orElseThrow());
        assertEquals(443, sg.leaving().orElseThrow().dstPort());
    }

    @Test
    void theReplyCrossesBothInstancesSecurityGroupsByConnectionTrackingAndTheCardSaysSo() {
        // sg-a admits tcp 443 only, yet the reply to i-a's port 443 request, which arrives on an
        // ephemeral port, gets in: the group tracks the connection (R-SG-2).
        Lab lab = Scenarios.lab("vpc-peering-basic-works");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        List<Hop> back = trace.returnPath();
        Hop responder = back.get(0);
        Hop sender = back.get(back.size() - 1);
        assertEquals("i-b", responder.id());
        assertEquals("i-a", sender.id());
        Decision.ConnectionTracked in =
                sender.decision(Decision.ConnectionTracked.class).orElseThrow();
        assertEquals(List.of("sg-a"), in.groups());
        assertTrue(in.inbound());
        assertEquals(
                "reply admitted by sg-a: tracked connection (stateful)",
                sender.matched().orElseThrow());
        assertFalse(responder.decision(Decision.ConnectionTracked.class).orElseThrow().inbound());
        // The golden scenario lists these hops without a check; the card names the decision.
        assertTrue(sender.check().isEmpty());
        var card = Cards.forHop(sender, Optional.of(lab), Optional.empty());
        assertEquals("Connection tracking", card.check().render(Locale.ENGLISH));
        assertEquals("연결 추적", card.check().render(Locale.KOREAN));
        String english = card.decision().orElseThrow().render(Locale.ENGLISH);
        assertTrue(english.contains("sg-a") && english.contains("inbound rules"), english);
        String korean = card.decision().orElseThrow().render(Locale.KOREAN);
        assertTrue(korean.contains("sg-a") && korean.contains("상태 저장"), korean);
        // The forward leg is unchanged: the security groups were evaluated by their rules there.
        assertTrue(
                trace.path().stream()
                        .noneMatch(h -> h.decision(Decision.ConnectionTracked.class).isPresent()));
    }

    @Test
    void aLoadBalancerRecordsItsListenerNodeAndTargetAndTheKoreanCardNamesThem() {
        Lab lab = Scenarios.lab("privatelink-nlb-cross-zone-on-target-other-az-works");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        Hop nlb = hop(trace, Check.LISTENER);
        Decision.ListenerMatch match = nlb.decision(Decision.ListenerMatch.class).orElseThrow();
        Decision.ChosenTarget target = match.target().orElseThrow();
        assertTrue(target.crossZone(), "the only target is in another zone than the node");
        assertEquals(nlb.azId().orElseThrow(), match.node().azId());
        assertFalse(target.azId().equals(match.node().azId()));
        assertEquals("tcp 443 -> tg-app", nlb.matched().orElseThrow());
        assertEquals(match.translateText(), nlb.translate());

        String korean =
                Cards.forHop(nlb, Optional.of(lab), Optional.empty())
                        .decision()
                        .orElseThrow()
                        .render(Locale.KOREAN);
        assertTrue(korean.contains("교차 영역 로드 밸런싱"), korean);
        assertTrue(korean.contains(target.target()) && korean.contains("tg-app"), korean);
        assertFalse(korean.contains("->"), korean);
    }

    @Test
    void anInternetGatewayRecordsTheElasticIpItTranslatesToAndTheHeaderLeavesWithIt() {
        Lab lab = Scenarios.lab("s3-private-subnet-via-nat-gateway");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        Hop igw =
                trace.path().stream()
                        .filter(h -> h.id().equals("igw-main"))
                        .findFirst()
                        .orElseThrow();
        Decision.Translation t = igw.decision(Decision.Translation.class).orElseThrow();
        assertEquals(Optional.of(new Decision.AddressOwner("nat-a", true)), t.owner());
        assertEquals(t.to(), igw.leaving().orElseThrow().src());
        Card card = Cards.forHop(igw, Optional.of(lab), Optional.empty());
        assertEquals(
                "출발지 주소 " + t.from() + " 을(를) " + t.to() + " (으)로 바꿈",
                card.translation().orElseThrow().render(Locale.KOREAN));
    }

    @Test
    void noHopOfAnyExampleLabFallsBackToItsEnglishTextOnItsCard() throws Exception {
        int hops = 0;
        try (Stream<Path> files = Files.list(Path.of("assets/labs"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Lab lab = LabReader.read(file).lab().orElseThrow();
                for (Flow flow : lab.flows()) {
                    Trace trace = Tracer.trace(lab, flow);
                    List<Hop> all = new ArrayList<>(trace.path());
                    all.addAll(trace.returnPath());
                    for (Hop h : all) {
                        if (h.matched().isEmpty()) {
                            continue;
                        }
                        hops++;
                        Card card = Cards.forHop(h, Optional.of(lab), Optional.empty());
                        String said =
                                card.decision().or(card::translation).map(Message::key).orElse("");
                        assertFalse(
                                said.equals("walk.card.matched")
                                        || said.equals("walk.card.translation"),
                                file + " " + h.id() + ": " + said);
                    }
                }
            }
        }
        assertTrue(hops > 50, "decided hops: " + hops);
    }

    private static Hop hop(Trace trace, Check check) {
        return trace.path().stream()
                .filter(h -> h.check().orElse(null) == check)
                .findFirst()
                .orElseThrow();
    }
}
