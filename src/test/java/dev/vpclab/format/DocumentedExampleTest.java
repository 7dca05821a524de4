package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete example of docs/lab-format.md is a valid lab. */
class DocumentedExampleTest {

    @Test
    void theExampleLabOfTheDocumentationLoadsWithoutProblems() throws IOException {
        String doc = Files.readString(Path.of("docs", "lab-format.md"));
        int start = doc.indexOf("```yaml\nformat: vpclab/1") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        LoadResult result = LabReader.read(example, "example.yaml");

        assertThat(result.problems()).isEmpty();
        assertThat(result.lab().orElseThrow().components()).hasSize(10);
        assertThat(result.lab().orElseThrow().flows()).hasSize(1);
    }
}
