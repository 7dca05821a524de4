package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GradeCommandTest {
    static final String CHALLENGE =
            Path.of("assets/challenges/01-s3-gateway-endpoint.yaml").toAbsolutePath().toString();
    static final Path SOLUTIONS =
            Path.of("src/test/resources/challenges/solutions").toAbsolutePath();

    @Test
    void aPassingLabExitsZeroAndSaysSo() {
        MainTest.Outcome o =
                MainTest.run(
                        "grade",
                        CHALLENGE,
                        SOLUTIONS.resolve("01-s3-gateway-endpoint.solution.yaml").toString());
        assertThat(o.status()).isZero();
        assertThat(o.out())
                .contains(
                        "[pass] i-app -> my-bucket.s3.us-east-1.amazonaws.com tcp/443 (s3:GetObject) must be reachable")
                .contains("PASSED: every goal condition is met.");
    }

    @Test
    void aFailingLabExitsOneAndSaysWhyInTheTracesWords() {
        MainTest.Outcome o =
                MainTest.run(
                        "grade",
                        CHALLENGE,
                        SOLUTIONS.resolve("01-s3-gateway-endpoint.wrong-1.yaml").toString());
        assertThat(o.status()).isEqualTo(GradeCommand.NOT_PASSED).isEqualTo(3);
        assertThat(o.out())
                .contains("the path crosses nat-a (NAT Gateway), igw-main (Internet Gateway)")
                .contains("costs $37.35 a month, more than $0.00")
                .contains("NOT PASSED: 2 of 3 goal conditions are not met.");
    }

    @Test
    void jsonHasPassedAndEachConditionWithWhy() throws Exception {
        MainTest.Outcome o = MainTest.run("grade", CHALLENGE, CHALLENGE, "--json");
        assertThat(o.status()).isEqualTo(GradeCommand.NOT_PASSED).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.get("passed").asBoolean()).isFalse();
        JsonNode first = json.get("conditions").get(0);
        assertThat(first.get("passed").asBoolean()).isFalse();
        assertThat(first.get("reason").asText()).isEqualTo("NO_ROUTE_TO_DESTINATION");
        assertThat(first.get("why").asText())
                .startsWith("blocked at rt-private (NO_ROUTE_TO_DESTINATION)");
        assertThat(first.get("condition").asText()).endsWith("must be reachable");
    }

    @Test
    void koreanTextOutput() {
        MainTest.Outcome o = MainTest.run("--lang", "ko", "grade", CHALLENGE, CHALLENGE);
        assertThat(o.out())
                .contains("rt-private에서 차단됨(NO_ROUTE_TO_DESTINATION)")
                .contains("통과하지 못함");
    }

    @Test
    void aLabFileThatIsNotAChallengeIsBadInput() {
        String lab = SOLUTIONS.resolve("01-s3-gateway-endpoint.solution.yaml").toString();
        MainTest.Outcome o = MainTest.run("grade", lab, lab);
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("cannot be used").contains("has no challenge block");
    }

    @Test
    void aMissingLabIsBadInput() {
        MainTest.Outcome o = MainTest.run("grade", CHALLENGE, "/nonexistent/lab.yaml");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
    }
}
