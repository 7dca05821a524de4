package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to exhaust memory or time fail fast with a clear message. */
class HostileInputTest {

    private static Problem onlyProblem(LoadResult result) {
        assertThat(result.lab()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (var channel =
                java.nio.channels.FileChannel.open(
                        huge,
                        java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)) {
            // a sparse file: large on paper, nothing to write
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), Limits.MAX_FILE_BYTES + 10);
        }

        Problem p = onlyProblem(LabReader.read(huge));

        assertThat(p.code()).isEqualTo("TOO_LARGE");
        assertThat(p.message().english()).contains("too large");
    }

    @Test
    void textLargerThanTheLimitIsRefused() {
        String text = "title: x\n" + "#".repeat((int) Limits.MAX_FILE_BYTES);

        assertThat(onlyProblem(LabReader.read(text, "big.yaml")).code()).isEqualTo("TOO_LARGE");
    }

    @Test
    void tooManyComponentsAreRefusedWithTheCount() {
        StringBuilder json = new StringBuilder("{\"format\": \"vpclab/1\", \"components\": [");
        int count = Limits.MAX_COMPONENTS + 1;
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"kind\":\"region\",\"id\":\"r").append(i);
            json.append("\"}");
        }
        json.append("]}");

        long start = System.nanoTime();
        Problem p = onlyProblem(LabReader.read(json.toString(), "many.json"));

        assertThat(p.code()).isEqualTo("TOO_LARGE");
        assertThat(p.field()).contains("components");
        assertThat(p.message().english()).contains(Integer.toString(count));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anAliasBombWithinTheAliasCountIsStoppedByTheExpandedSize() {
        // 50 aliases, but 10,000 x 25 x 25 values once expanded
        StringBuilder yaml = new StringBuilder("format: vpclab/1\na: &a [");
        for (int i = 0; i < 10_000; i++) {
            yaml.append(i == 0 ? "" : ",").append('x');
        }
        yaml.append("]\nb: &b [").append("*a,".repeat(24)).append("*a]\n");
        yaml.append("c: [").append("*b,".repeat(24)).append("*b]\n");

        Problem p = onlyProblem(LabReader.read(yaml.toString(), "bomb.yaml"));

        assertThat(p.code()).isEqualTo("TOO_LARGE");
        assertThat(p.location().orElseThrow().line()).isEqualTo(3); // b: stands for too many bytes
    }

    @Test
    void deepNestingInJsonIsRefusedToo() {
        String json = "{\"deep\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        Problem p = onlyProblem(LabReader.read(json, "deep.json"));

        assertThat(p.code()).isEqualTo("TOO_LARGE");
        assertThat(p.message().english()).contains("64");
    }

    @Test
    void duplicateKeysInJsonAreAnError() {
        String json = "{\n  \"format\": \"vpclab/1\",\n  \"format\": \"vpclab/1\"\n}";

        Problem p = onlyProblem(LabReader.read(json, "dup.json"));

        assertThat(p.code()).isEqualTo("DUPLICATE_KEY");
        assertThat(p.location().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        Problem p =
                onlyProblem(
                        LabReader.read("format: vpclab/1\n---\nformat: vpclab/1\n", "two.yaml"));

        assertThat(p.code()).isEqualTo("YAML_SYNTAX");
        assertThat(p.location().orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void bytesThatAreNotUtf8AreASyntaxProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9, '\n'});

        assertThat(onlyProblem(LabReader.read(file)).code()).isEqualTo("YAML_SYNTAX");
    }

    @Test
    void anEmptyFileSaysWhatALabFileStartsWith() {
        Problem p = onlyProblem(LabReader.read("", "empty.yaml"));

        assertThat(p.code()).isEqualTo("MISSING_FIELD");
        assertThat(p.message().english()).contains("format: vpclab/1");
    }

    @Test
    void aForbiddenCharacterIsNamedAtItsLineAndColumn() {
        Problem p =
                onlyProblem(LabReader.read("format: vpclab/1\ntitle: 서울 \u0007bell\n", "c.yaml"));

        assertThat(p.code()).isEqualTo("YAML_SYNTAX");
        assertThat(p.message().english()).contains("U+0007").doesNotContain("reader");
        assertThat(p.location().orElseThrow().line()).isEqualTo(2);
        assertThat(p.location().orElseThrow().column()).isEqualTo(11);
    }

    @Test
    void oneStringAsLongAsTheFileLimitAllowsIsReadInJsonAsInYaml() {
        String value = "q".repeat((int) Limits.MAX_FILE_BYTES - 100);
        String json =
                "{\"format\": \"vpclab/1\", \"title\": \"" + value + "\", \"components\": []}";

        LoadResult result = LabReader.read(json, "long.json");

        assertThat(result.problems()).isEmpty();
        assertThat(result.lab().orElseThrow().title()).hasSize(value.length());
    }
}
