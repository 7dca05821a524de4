package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More scenarios written from the AWS documentation ({@code scenarios-extra}), compared with the
 * trace exactly as the golden ones are. A file listed in {@link #KNOWN_DISAGREEMENTS} is one where
 * the engine disagrees with what AWS documents: it is skipped with the reason rather than having
 * its expectation bent to the engine.
 */
class ExtraScenarioTest {

    /** File name to the documented behaviour the engine does not yet follow. */
    static final Map<String, String> KNOWN_DISAGREEMENTS = Map.of();

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path dir =
                Path.of(
                        Objects.requireNonNull(
                                        ExtraScenarioTest.class.getResource("/scenarios-extra"))
                                .toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void traceAgreesWithTheDocumentedVerdict(Path file) {
        String name = file.getFileName().toString();
        Assumptions.assumeFalse(
                KNOWN_DISAGREEMENTS.containsKey(name),
                () -> "engine disagrees: " + KNOWN_DISAGREEMENTS.get(name));
        Lab lab = LabReader.read(file).lab().orElseThrow();
        assertThat(lab.extras()).containsKeys("name", "rules", "source", "expect");
        assertThat(lab.extras().get("name") + ".yaml").as("name matches the file").isEqualTo(name);
        GoldenScenarioTest.verify(file);
    }

    @Test
    void everyKnownDisagreementNamesAnExistingFile() throws IOException, URISyntaxException {
        var names = scenarios().map(p -> p.getFileName().toString()).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(14).containsAll(KNOWN_DISAGREEMENTS.keySet());
    }
}
