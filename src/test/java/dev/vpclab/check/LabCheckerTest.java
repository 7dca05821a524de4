package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
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
    void refusesNull() {
        assertThatThrownBy(() -> LabChecker.check(null)).isInstanceOf(NullPointerException.class);
    }
}
