package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Lab;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario file loads without errors or warnings. */
class ScenarioFilesTest {

    static Path scenarioDir() {
        try {
            return Path.of(ScenarioFilesTest.class.getResource("/scenarios").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(scenarioDir())) {
            List<Path> list =
                    files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                            .filter(p -> !p.getFileName().toString().startsWith("_"))
                            .sorted()
                            .toList();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void loadsWithoutProblems(Path file) {
        LoadResult result = LabReader.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        Lab lab = result.lab().orElseThrow();
        assertThat(lab.components()).isNotEmpty();
        assertThat(lab.query()).isPresent();
        assertThat(lab.extras()).containsKeys("name", "expect", "rules", "source");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void roundTripsThroughYamlToAnEqualLab(Path file) {
        Lab original = LabReader.read(file).lab().orElseThrow();

        String yaml = LabWriter.toYaml(original);
        LoadResult again = LabReader.read(yaml, "saved.yaml");

        assertThat(again.problems()).isEmpty();
        assertThat(again.lab()).contains(original);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void jsonOfTheLabLoadsEqualToTheYaml(Path file) {
        Lab original = LabReader.read(file).lab().orElseThrow();

        String json = LabWriter.toJson(original);
        LoadResult fromJson = LabReader.read(json, "saved.json");

        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.lab()).contains(original);
    }
}
