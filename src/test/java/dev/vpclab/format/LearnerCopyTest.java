package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.cli.MainTestAccess;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnerCopyTest {
    @TempDir Path dir;

    @Test
    void aScenarioLosesItsAnswerButKeepsItsNetworkAndQuery() {
        Lab scenario =
                LabReader.read(
                                Path.of(
                                        "src/test/resources/scenarios/nacl-deny-outbound-443-fails.yaml"))
                        .lab()
                        .orElseThrow();
        Lab copy = LearnerCopy.of(scenario);
        assertThat(scenario.extras()).containsKey("expect");
        assertThat(copy.extras()).doesNotContainKey("expect").containsKey("rules");
        assertThat(copy.components()).isEqualTo(scenario.components());
        assertThat(copy.query()).isEqualTo(scenario.query());
    }

    @Test
    void aChallengeLosesItsExplanationButKeepsStoryAndHints() {
        Lab challenge =
                LabReader.read(Path.of("assets/challenges/01-s3-gateway-endpoint.yaml"))
                        .lab()
                        .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) challenge.extras().get("challenge");
        @SuppressWarnings("unchecked")
        Map<String, Object> after =
                (Map<String, Object>) LearnerCopy.of(challenge).extras().get("challenge");
        assertThat(before).containsKey("explanation");
        assertThat(after).doesNotContainKey("explanation").containsKeys("story", "hints", "goals");
    }

    @Test
    void theCommandLineWritesTheLearnersCopy() throws IOException {
        Path out = dir.resolve("learner.yaml");
        int status =
                MainTestAccess.status(
                        "export",
                        "src/test/resources/scenarios/nacl-deny-outbound-443-fails.yaml",
                        "--format",
                        "lab",
                        "--for-learner",
                        "--out",
                        out.toString());
        assertThat(status).isZero();
        String text = Files.readString(out);
        assertThat(text).doesNotContain("expect:").contains("components:");
        assertThat(LabReader.read(out).lab()).isPresent();
    }
}
