package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LabCheckerTest {

    @Test
    void minimalValidLabHasNoProblems() {
        assertThat(TestLabs.minimal().check()).isEmpty();
    }

    @Test
    void labUsingEveryKindAsAwsAllowsHasNoProblems() {
        assertThat(ValidLabs.everyKind().check()).isEmpty();
    }

    @Test
    void problemsComeInComponentOrder() {
        List<Problem> problems =
                TestLabs.minimal()
                        .replace(TestLabs.instance("i-app", "subnet-a", "10.0.9.10", "sg-app"))
                        .replace(
                                TestLabs.subnet(
                                        "subnet-a",
                                        "vpc-main",
                                        "10.1.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-main"))
                        .check();
        assertThat(problems)
                .extracting(p -> p.component().orElseThrow())
                .containsExactly("subnet-a", "i-app");
    }

    @Test
    void everyMessageHasEnglishAndKoreanText() {
        List<Problem> problems =
                TestLabs.minimal()
                        .replace(
                                TestLabs.subnet(
                                        "subnet-b",
                                        "vpc-main",
                                        "10.0.1.0/24",
                                        "b",
                                        "use1-az2",
                                        "rt-main"))
                        .check();
        Problem p = problems.get(0);
        assertThat(p.message().english())
                .isEqualTo(
                        "Subnet block 10.0.1.0/24 overlaps 10.0.1.0/24, the block of subnet subnet-a"
                                + " in the same VPC.");
        assertThat(p.message().render(Locale.KOREAN)).contains("서브넷").contains("subnet-a");
    }

    @Test
    void everyMessageKeyOfTheCheckerIsInTheEnglishAndKoreanBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(check\\.[A-Za-z0-9]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/vpclab/check"))) {
            for (Path source : sources.toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle english =
                ResourceBundle.getBundle("dev.vpclab.i18n.core", Locale.ROOT, noFallback);
        ResourceBundle korean =
                ResourceBundle.getBundle("dev.vpclab.i18n.core", Locale.KOREAN, noFallback);
        assertThat(korean.getLocale()).isEqualTo(Locale.KOREAN);
        for (String k : used) {
            assertThat(english.containsKey(k)).as("English %s", k).isTrue();
            // The Korean bundle falls back to English for a missing key: the texts must differ.
            assertThat(korean.getString(k)).as("Korean %s", k).isNotEqualTo(english.getString(k));
        }
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> LabChecker.check(null)).isInstanceOf(NullPointerException.class);
    }
}
