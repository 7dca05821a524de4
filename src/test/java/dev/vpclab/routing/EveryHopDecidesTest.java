package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hop the engine records with a text ({@code matched}) also records the typed decision that
 * text comes from, and the text is exactly the decision's: consumers read the decision and never
 * need to parse the text (docs/decisions/0005). Checked on every flow of every example lab,
 * challenge and scenario lab, and on every source/destination pair of each on TCP 443 and UDP 53.
 */
class EveryHopDecidesTest {
    private static final List<String> FOLDERS =
            List.of(
                    "assets/labs",
                    "assets/challenges",
                    "src/test/resources/scenarios",
                    "src/test/resources/scenarios-extra",
                    "src/test/resources/challenges/solutions");

    /** The decision kinds seen over all labs, to show that the test reaches the hops it is for. */
    private static final Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static Stream<Path> labs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                        .filter(p -> !p.getFileName().toString().startsWith("_"))
                        .sorted()
                        .forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void everyHopWithTextHasTheDecisionItComesFrom(Path file) {
        Lab lab = LabReader.read(file).lab().orElseThrow();
        PacketTracer tracer = Tracer.of(lab);
        List<Trace> traces = new ArrayList<>();
        List<Flow> flows = new ArrayList<>(lab.flows());
        lab.query().ifPresent(flows::add);
        flows.forEach(f -> traces.add(tracer.trace(f)));
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            int port = protocol == Protocol.TCP ? 443 : 53;
            ReachabilityMatrix.stream(
                    lab,
                    tracer,
                    protocol,
                    port,
                    id -> true,
                    id -> true,
                    cell -> traces.add(tracer.trace(cell.flow())));
        }
        List<String> wrong = new ArrayList<>();
        for (Trace t : traces) {
            for (Hop h : hops(t)) {
                h.decision().ifPresent(d -> SEEN.add(d.getClass().getSimpleName()));
            }
            undecided(t)
                    .forEach(h -> wrong.add(t.flow().from() + " -> " + t.flow().to() + ": " + h));
        }
        assertThat(traces).isNotEmpty();
        assertThat(wrong).as(file + ": hops whose text is not their decision's").isEmpty();
    }

    @Test
    void aHopWithTextButNoDecisionIsFound() {
        Trace handMade = SampleTraces.s3ViaGatewayEndpoint();
        assertThat(undecided(handMade))
                .extracting(Hop::id)
                .containsExactly("sg-app", "acl-main", "rt-private", "vpce-s3-gw", "s3-use1");
    }

    @Test
    void aHopWhoseTextDiffersFromItsDecisionIsFound() {
        Hop differs =
                Hop.builder("nat-a")
                        .check(Check.TRANSLATE)
                        .decision(new Decision.NoMatch())
                        .matched("src 10.0.1.10 -> 10.0.0.5")
                        .build();
        Hop agrees =
                Hop.builder("nat-a").check(Check.TRANSLATE).decided(new Decision.NoMatch()).build();
        assertThat(undecided(List.of(differs, agrees, Hop.at("i-app")))).containsExactly(differs);
    }

    /**
     * Run last: over all labs the test met the decisions of every kind of hop, so the check above
     * is not vacuous for any of them ({@code NoMatch}, a NAT gateway with nothing to translate or a
     * load balancer with no listener for the port, is in no shipped lab).
     */
    @AfterAll
    static void theLabsReachEveryKindOfHop() {
        if (SEEN.isEmpty()) {
            return; // only the unit checks ran (a single method was selected)
        }
        assertThat(SEEN)
                .as("decision kinds met over all labs")
                .contains(
                        "NaclRuleMatch",
                        "RouteChoice",
                        "Translation",
                        "SecurityGroupMatch",
                        "PolicyMatch",
                        "DnsAnswer",
                        "ConnectionState",
                        "Permission",
                        "NoPublicAddress",
                        "EgressOnlyDirection",
                        "OutsideVpc",
                        "NotInPrefixList",
                        "ArrivedFromOutside",
                        "ListenerMatch",
                        "NoAttachmentInZone",
                        "ServiceNotInZone",
                        "RegionNotSupported",
                        "PingNotAnswered",
                        "ConnectionTracked",
                        "InstanceConnectPort");
    }

    private static List<Hop> hops(Trace t) {
        List<Hop> all = new ArrayList<>(t.path());
        all.addAll(t.returnPath());
        return all;
    }

    /**
     * The hops of a trace that have a text but no decision, or a text that is not the decision's.
     */
    static List<Hop> undecided(Trace t) {
        return undecided(hops(t));
    }

    static List<Hop> undecided(List<Hop> hops) {
        return hops.stream()
                .filter(h -> h.matched().isPresent())
                .filter(h -> !h.decision().map(Decision::text).equals(h.matched()))
                .toList();
    }
}
