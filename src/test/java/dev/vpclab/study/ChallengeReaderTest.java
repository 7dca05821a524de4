package dev.vpclab.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.ReasonCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChallengeReaderTest {
    static final Path FIRST = Path.of("assets/challenges/01-s3-gateway-endpoint.yaml");

    static String text() throws IOException {
        return Files.readString(FIRST);
    }

    /** The errors of a challenge file, without the file:line:col each starts with. */
    static List<String> errorsOf(String content) {
        return locatedErrorsOf(content).stream()
                .map(e -> e.replaceFirst("^teacher\\.yaml:\\d+:\\d+: ", ""))
                .toList();
    }

    static List<String> locatedErrorsOf(String content) {
        ChallengeLoad load = ChallengeReader.read(content, "teacher.yaml");
        assertThat(load.ok()).isFalse();
        return load.errors().stream().map(Message::english).toList();
    }

    @Test
    void aChallengeFileGivesTheTextsTheGoalsAndTheStartingLab() {
        ChallengeLoad load = ChallengeReader.read(FIRST);
        Challenge c = load.challenge().orElseThrow();
        assertThat(c.title().in(Locale.KOREAN)).isEqualTo("인터넷 없이 프라이빗 서브넷에서 S3 사용하기");
        assertThat(c.goals()).hasSize(3).first().isInstanceOf(GoalCondition.Reachable.class);
        GoalCondition.Avoids avoids = (GoalCondition.Avoids) c.goals().get(1);
        // the flow index refers to the first goal's flow
        assertThat(avoids.flow()).isEqualTo(((GoalCondition.Reachable) c.goals().get(0)).flow());
        assertThat(load.start().orElseThrow().component("rt-private")).isPresent();
    }

    @Test
    void aMissingKoreanTextIsNamedByItsField() throws IOException {
        String broken = text().replace("    ko: 인터넷 없이 프라이빗 서브넷에서 S3 사용하기\n", "");
        assertThat(errorsOf(broken)).contains("challenge.title.ko is missing.");
    }

    @Test
    void anUnknownKindOfGoalListsTheKnownOnes() throws IOException {
        String broken = text().replace("- reachable:", "- reachabel:");
        assertThat(errorsOf(broken))
                .anyMatch(
                        e -> e.startsWith("challenge.goals[0].reachabel: reachabel is not a kind"))
                .anyMatch(e -> e.contains("challenge.goals[1].avoids.flow: 0 is not the index"));
    }

    @Test
    void anUnknownReasonCodeIsRefused() {
        String content =
                "format: vpclab/1\ncomponents: []\nchallenge:\n  id: x\n"
                        + "  title: {en: T, ko: 제목}\n  story: {en: S, ko: 이야기}\n"
                        + "  goal: {en: G, ko: 목표}\n  hints: []\n"
                        + "  explanation: {en: E, ko: 설명}\n  links: [http://example.com]\n"
                        + "  goals:\n  - blocked: {from: a, to: b, protocol: tcp, port: 443,"
                        + " reason: NACL_DENIED}\n  - noErrors: yes please\n";
        assertThat(errorsOf(content))
                .contains(
                        "challenge.goals[0].blocked.reason: NACL_DENIED is not a reason code of"
                                + " the lab format.",
                        "challenge.links[0]: http://example.com is not an https address.",
                        "challenge.goals[1].noErrors must be true.");
    }

    @Test
    void aLabWithoutAChallengeBlockIsNotAChallenge() {
        assertThat(errorsOf("format: vpclab/1\ncomponents: []\n"))
                .singleElement()
                .asString()
                .startsWith("This lab file has no challenge block");
    }

    @Test
    void everyRefusalOfTheChallengeBlockGivesTheFileAndLine() throws IOException {
        String content =
                "format: vpclab/1\ncomponents: []\nchallenge:\n  id: x\n"
                        + "  title: {en: T, ko: 제목}\n  story: {en: S, ko: 이야기}\n"
                        + "  goal: {en: G}\n  hints: []\n"
                        + "  explanation: {en: E, ko: 설명}\n  links: [http://example.com]\n"
                        + "  goals:\n  - blocked: {from: a, to: b, protocol: tcp, port: 443,"
                        + " reason: NACL_DENIED}\n  - noErrors: yes please\n";
        assertThat(locatedErrorsOf(content))
                .contains(
                        "teacher.yaml:7:9: challenge.goal.ko is missing.",
                        "teacher.yaml:10:11: challenge.links[0]: http://example.com is not an"
                                + " https address.",
                        "teacher.yaml:12:65: challenge.goals[0].blocked.reason: NACL_DENIED is"
                                + " not a reason code of the lab format.",
                        "teacher.yaml:13:15: challenge.goals[1].noErrors must be true.");
        assertThat(locatedErrorsOf("format: vpclab/1\ncomponents: []\n"))
                .singleElement()
                .asString()
                .startsWith("teacher.yaml:1:1: This lab file has no challenge block");
        assertThat(
                        ChallengeReader.read(content, "teacher.yaml")
                                .errors()
                                .get(0)
                                .render(Locale.KOREAN))
                .startsWith("teacher.yaml:7:9: ");
    }

    @Test
    void aNatGatewayFor190GbCostsItsHoursAndItsGigabytes() {
        ChallengeLoad load =
                ChallengeReader.read(
                        Path.of(
                                "src/test/resources/challenges/solutions/"
                                        + "01-s3-gateway-endpoint.wrong-1.yaml"));
        // the wrong solution has no challenge block: read it as a lab
        assertThat(load.ok()).isFalse();
        Lab lab =
                dev.vpclab.format.LabReader.read(
                                Path.of(
                                        "src/test/resources/challenges/solutions/"
                                                + "01-s3-gateway-endpoint.wrong-1.yaml"))
                        .lab()
                        .orElseThrow();
        PathCost cost = new PathCost(AwsCatalog.standard().prices());
        PathCost.Estimate e =
                cost.monthly(
                        lab, List.of("i-app", "nat-a", "igw-main", "nat-a"), new BigDecimal("190"));
        // 730 h x $0.045 + 190 GB x $0.045, the NAT gateway counted once
        assertThat(PathCost.dollars(e.usd())).isEqualTo("$41.40");
        assertThat(e.items()).extracting(PathCost.Item::id).containsExactly("nat-a");
    }

    @Test
    void aBlockedGoalNamesWhereAndWhyInTheTracesWords() {
        ChallengeLoad load =
                ChallengeReader.read(
                        Path.of("assets/challenges/05-interface-endpoint-security-group.yaml"));
        Grade g = Grader.grade(load.challenge().orElseThrow(), load.start().orElseThrow());
        ConditionResult first = g.conditions().get(0);
        assertThat(first.passed()).isFalse();
        assertThat(first.reason()).contains(ReasonCode.SECURITY_GROUP_NO_INGRESS_RULE);
        assertThat(first.why().english())
                .startsWith("blocked at sg-vpce-s3 (SECURITY_GROUP_NO_INGRESS_RULE): ");
        assertThat(first.why().render(Locale.KOREAN)).startsWith("sg-vpce-s3에서 차단됨");
    }
}
