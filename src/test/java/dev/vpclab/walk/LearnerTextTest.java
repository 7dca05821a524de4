package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import dev.vpclab.paint.DiagramPainter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LearnerTextTest {
    @Test
    void noRuleIdIsShownToALearner() throws IOException {
        for (String bundle : new String[] {"routing", "routing_ko", "walk", "walk_ko", "core"}) {
            Properties p = new Properties();
            try (InputStream in =
                    getClass().getResourceAsStream("/dev/vpclab/i18n/" + bundle + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key))
                        .as(bundle + ":" + key)
                        .doesNotContainPattern("R-[A-Z]{2,4}-[0-9]+");
            }
        }
    }

    @Test
    void aHopWithNoMatchingRuleSaysSoInWords() {
        assertThat(Message.of("walk.card.noRuleMatched").render(Locale.ENGLISH))
                .isEqualTo("No rule matched");
        assertThat(Message.of("walk.card.noRuleMatched").render(Locale.KOREAN))
                .isEqualTo("일치한 규칙 없음");
    }

    @Test
    void routeCountsArePluralisedAndTranslated() {
        Lab lab = Scenarios.lab("nacl-deny-outbound-443-fails");
        RouteTable rt =
                lab.components().stream()
                        .filter(RouteTable.class::isInstance)
                        .map(RouteTable.class::cast)
                        .findFirst()
                        .orElseThrow();
        int n = rt.routes().size();
        assertThat(DiagramPainter.detail(lab, rt, Locale.KOREAN)).isEqualTo("경로 " + n + "개");
        assertThat(DiagramPainter.detail(lab, rt, Locale.ENGLISH))
                .isEqualTo(n == 1 ? "1 route" : n + " routes");
        assertThat(Message.of("diagram.route", 1).render(Locale.ENGLISH)).isEqualTo("1 route");
        assertThat(Message.of("diagram.routes", 2).render(Locale.ENGLISH)).isEqualTo("2 routes");
    }
}
