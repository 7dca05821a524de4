package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trace} of a lab says what is wrong with the file before anything else: before a complaint
 * about the flow options, before "no flows", before the traces (issue 11).
 */
class TraceLoadErrorsTest {
    @TempDir Path dir;

    private static final String OVERLAP = "vpc-peering-overlapping-cidrs-cannot-be-created.yaml";

    /** The overlapping-peering scenario without its query: it loads, with one error of meaning. */
    private Path overlapWithoutFlows() throws Exception {
        String text = Files.readString(MainTest.SCENARIOS.resolve(OVERLAP));
        Path file = dir.resolve("no-flows.yaml");
        Files.writeString(
                file, text.substring(0, text.indexOf("\nquery:")) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aLabWithoutFlowsReportsItsErrorsBeforeSayingItHasNoFlows() throws Exception {
        MainTest.Outcome o = MainTest.run("trace", overlapWithoutFlows().toString());
        assertThat(o.status()).isEqualTo(2);
        int errorAt = o.err().indexOf("VPC_PEERING_CIDR_OVERLAP");
        int noFlowsAt = o.err().indexOf("no query and no saved flows");
        assertThat(errorAt).as("the load error is reported").isNotNegative();
        assertThat(noFlowsAt).isGreaterThan(errorAt);
    }

    @Test
    void aLabWithFlowsReportsItsErrorsAndStillTraces() {
        MainTest.Outcome o = MainTest.run("trace", MainTest.SCENARIOS.resolve(OVERLAP).toString());
        assertThat(o.status()).isZero();
        assertThat(o.err())
                .contains("1 error(s)")
                .contains("VPC_PEERING_CIDR_OVERLAP")
                .contains("traced as written");
        assertThat(o.out()).contains("Verdict: NOT REACHABLE");
    }

    @Test
    void loadErrorsComeBeforeComplaintsAboutTheFlowOptions() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken,
                "format: vpclab/1\ncomponents:\n  - kind: vpc\n    id: vpc-a\n"
                        + "    region: us-east-1\n    cidr: 10.0.0.0/33\n",
                StandardCharsets.UTF_8);
        MainTest.Outcome o =
                MainTest.run(
                        "trace",
                        broken.toString(),
                        "--from",
                        "a",
                        "--to",
                        "b",
                        "--protocol",
                        "gre");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err())
                .contains("broken.yaml does not load")
                .contains(
                        "'10.0.0.0/33' is not a valid CIDR block: prefix length 33 is outside 0-32")
                .doesNotContain("'gre'");
    }

    @Test
    void loadErrorsSpeakTheUsersLanguage() throws Exception {
        MainTest.Outcome o =
                MainTest.run("--lang", "ko", "trace", overlapWithoutFlows().toString());
        assertThat(o.err()).contains("오류가 1개 있습니다").contains("query도 저장된 흐름도 없습니다");
    }
}
