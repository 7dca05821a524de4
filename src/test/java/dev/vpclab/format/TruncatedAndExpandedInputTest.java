package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.check.Problem;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text cut off inside an escape, aliases that expand past what a save may write, and saves that
 * leave nothing behind: each fails with a located message instead of an internal error.
 */
class TruncatedAndExpandedInputTest {

    private static Problem onlyProblem(LoadResult result) {
        assertThat(result.lab()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\x", "\\u", "\\U"})
    void aDoubleQuotedTextCutOffAfterItsEscapeNamesTheLineAndTheField(String escape) {
        String yaml = "format: vpclab/1\ncomponents: []\ntitle: \"VPC " + escape;

        Problem p = onlyProblem(LabReader.read(yaml, "cut.yaml"));

        assertThat(p.code()).isEqualTo("YAML_SYNTAX");
        assertThat(p.location().orElseThrow().line()).isEqualTo(3);
        assertThat(p.message().english()).contains("'title'").contains(escape);
        assertThat(p.message().render(java.util.Locale.KOREAN)).contains("'title'");
    }

    /** A 335-byte file whose aliases stand for about 100 MB once written out. */
    static String aliasBomb() {
        StringBuilder s = new StringBuilder("format: vpclab/1\ncomponents: []\n");
        s.append("t: &t \"").append("x".repeat(66)).append("\"\n");
        s.append("a: &a [").append(String.join(",", java.util.Collections.nCopies(10, "*t")));
        s.append("]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f")) {
            s.append(name).append(": &").append(name).append(" [");
            s.append(String.join(",", java.util.Collections.nCopies(10, "*" + previous)));
            s.append("]\n");
            previous = name;
        }
        return s.toString();
    }

    @Test
    void aliasesThatWouldSaveAsAFileTooLargeToOpenAreRefusedAtTheAlias() {
        String bomb = aliasBomb();
        assertThat(bomb.length()).isLessThan(400);

        Problem p = onlyProblem(LabReader.read(bomb, "bomb.yaml"));

        assertThat(p.code()).isEqualTo("TOO_LARGE");
        assertThat(p.location().orElseThrow().line()).isEqualTo(8); // d: the first too large
        assertThat(p.message().english()).contains("*d");
    }

    @Test
    void aLabWithModestAliasesLoadsAndItsSaveOpensAgain(@TempDir Path dir) throws IOException {
        String yaml =
                "format: vpclab/1\ncomponents: []\nt: &t \""
                        + "x".repeat(60)
                        + "\"\n"
                        + "a: &a [*t, *t, *t, *t]\nb: [*a, *a, *a]\n";
        LoadResult loaded = LabReader.read(yaml, "small.yaml");
        assertThat(loaded.errors()).isEmpty();

        Path saved = dir.resolve("small.yaml");
        LabWriter.write(loaded.lab().orElseThrow(), saved);

        assertThat(LabReader.read(saved).errors()).isEmpty();
    }

    @Test
    void aSaveNeverWritesAFileTheReaderRefusesAsTooLarge(@TempDir Path dir) throws IOException {
        Lab small = LabReader.read("format: vpclab/1\ncomponents: []\n", "x.yaml").lab().get();
        Lab huge =
                new Lab(
                        "huge",
                        "",
                        small.region(),
                        List.of(),
                        Map.of(),
                        List.of(),
                        java.util.Optional.empty(),
                        Map.of("notes", "n".repeat((int) Limits.MAX_FILE_BYTES + 1)));
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "format: vpclab/1\ncomponents: []\n");

        assertThatThrownBy(() -> LabWriter.write(huge, file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than the " + Limits.MAX_FILE_BYTES);
        assertThat(Files.readString(file)).isEqualTo("format: vpclab/1\ncomponents: []\n");
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void theNextSaveRemovesTemporaryFilesAnInterruptedSaveLeft(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("lab.yaml");
        Path leftOver = Files.writeString(dir.resolve(".lab.yaml.123456.tmp"), "half a lab");
        Path otherLab = Files.writeString(dir.resolve(".other.yaml.123456.tmp"), "another");
        Path fresh = Files.writeString(dir.resolve(".lab.yaml.999999.tmp"), "saving right now");
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(leftOver, old);
        Files.setLastModifiedTime(otherLab, old);

        LabWriter.write(
                LabReader.read("format: vpclab/1\ncomponents: []\n", "x.yaml").lab().get(), file);

        assertThat(filesIn(dir)).containsExactlyInAnyOrder(file, otherLab, fresh);
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
