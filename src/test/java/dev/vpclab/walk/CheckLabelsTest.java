package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.i18n.Message;
import dev.vpclab.routing.Check;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every check a hop can record has a name in the walk's cards and the command line, en and ko. */
class CheckLabelsTest {
    @Test
    void everyCheckIsNamedInBothLanguages() {
        for (Check c : Check.values()) {
            for (String prefix : new String[] {"walk.check.", "report.check."}) {
                String key = prefix + c.wireName();
                for (Locale l : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
                    assertThat(Message.of(key).render(l)).as(key + " " + l).isNotEqualTo(key);
                }
            }
        }
    }
}
