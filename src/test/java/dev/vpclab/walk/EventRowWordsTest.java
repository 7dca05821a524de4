package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
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
 * Issue 9: each event row and hop card says once, in words, what decided. A row read "Passes
 * through / Passes", and a hop that passed read "No rule matched".
 */
class EventRowWordsTest {

    private static List<String> scenarios() throws Exception {
        List<String> out = new ArrayList<>();
        for (String dir : new String[] {"/scenarios", "/scenarios-extra"}) {
            var url = EventRowWordsTest.class.getResource(dir);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml") && !n.startsWith("_"))
                        .map(n -> n.substring(0, n.length() - 5))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** Every step of every scenario's walk: the row's two lines and the card's decision. */
    private static List<String[]> steps(Locale locale) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String name : scenarios()) {
            Lab lab = Scenarios.lab(name);
            if (lab.query().isEmpty()) {
                continue;
            }
            Trace trace = Tracer.trace(lab, lab.query().get());
            PacketWalk w =
                    PacketWalk.of(trace, id -> Optional.of(new Point(0, 0)), Optional.of(lab));
            for (Event e : w.events()) {
                Card card = w.frameAt(e.time() + 0.01).card().orElseThrow();
                out.add(
                        new String[] {
                            name + " " + e.component(),
                            e.check().render(locale),
                            e.decision().render(locale),
                            card.decision().map(m -> m.render(locale)).orElse(""),
                            String.valueOf(e.blocked())
                        });
            }
        }
        return out;
    }

    @Test
    void eachRowSaysWhatDecidedOnceAndAPassedHopNeverSaysNoRuleMatched() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            String pass = Message.of("walk.decision.pass").render(locale);
            String noRule = Message.of("walk.card.noRuleMatched").render(locale);
            List<String[]> steps = steps(locale);
            assertThat(steps).hasSizeGreaterThan(100);
            for (String[] s : steps) {
                String where = locale + " " + s[0] + ": " + s[1] + " / " + s[2];
                // The check's line and the decision's line never say the same thing.
                assertThat(s[1]).as(where).isNotEqualTo(s[2]).doesNotContain(pass);
                // A code is not words: "Blocked: LOAD_BALANCER_NO_LISTENER" was.
                assertThat(s[2]).as(where).doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");
                if (s[4].equals("false")) {
                    assertThat(s[2]).as(where).isNotEqualTo(noRule);
                    assertThat(s[3]).as(where + " card").isNotEqualTo(noRule);
                }
            }
        }
    }

    @Test
    void aDirectConnectHopSaysWhatCarriedIt() throws Exception {
        List<String[]> rows =
                steps(Locale.ENGLISH).stream()
                        .filter(
                                s ->
                                        s[0].equals(
                                                "dx-private-vif-to-vgw-reaches-instance"
                                                        + " dxvif-private"))
                        .toList();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0)[1]).isEqualTo("Nothing is checked here");
        assertThat(rows.get(0)[2]).startsWith("Private virtual interface dxvif-private carries");
        assertThat(rows.get(0)[3]).isEqualTo(rows.get(0)[2]);
    }

    @Test
    void aBlockedRowSaysTheReasonInWords() throws Exception {
        String[] blocked =
                steps(Locale.ENGLISH).stream()
                        .filter(s -> s[0].equals("nlb-listener-port-mismatch-fails nlb-web"))
                        .filter(s -> s[4].equals("true"))
                        .findFirst()
                        .orElseThrow();
        assertThat(blocked[2]).startsWith("Blocked: No listener of the load balancer accepts");
    }
}
