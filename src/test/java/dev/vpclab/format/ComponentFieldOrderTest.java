package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpclab.model.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Components are written with the fields, and in the order, of {@code componentKinds}. */
class ComponentFieldOrderTest {

    /** {@code componentKinds} of _conventions.yaml: kind -> field names in order. */
    static Map<String, List<String>> componentKinds() throws IOException {
        Map<?, ?> conventions =
                new ObjectMapper(new YAMLFactory())
                        .readValue(
                                ScenarioFilesTest.scenarioDir()
                                        .resolve("_conventions.yaml")
                                        .toFile(),
                                Map.class);
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        ((Map<?, ?>) conventions.get("componentKinds"))
                .forEach((kind, fields) -> out.put((String) kind, names((String) fields)));
        return out;
    }

    /** "id, vpc, inbound/outbound [{rule, ...}], buckets | tables [...]" -> field names. */
    private static List<String> names(String fields) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder token = new StringBuilder();
        for (char ch : (fields + ",").toCharArray()) {
            if ("[{(".indexOf(ch) >= 0) {
                depth++;
            } else if ("]})".indexOf(ch) >= 0) {
                depth--;
            } else if (depth == 0 && ch == ',') {
                for (String name : token.toString().trim().split("\\s*[/|]\\s*")) {
                    out.add(name.replaceAll("[?\\s].*$", "").replace("?", ""));
                }
                token.setLength(0);
            } else if (depth == 0) {
                token.append(ch);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("dev.vpclab.format.ScenarioFilesTest#scenarios")
    void writtenFieldsFollowComponentKinds(Path file) throws IOException {
        Map<String, List<String>> kinds = componentKinds();

        for (Component c : LabReader.read(file).lab().orElseThrow().components()) {
            List<String> written = new ArrayList<>(ComponentWriter.write(c).keySet());
            assertThat(written.remove(0)).isEqualTo("kind");
            List<String> documented = kinds.get(c.kind().fileName());
            assertThat(documented).as(c.kind().fileName()).isNotNull();
            assertThat(documented).as(c.id()).containsSubsequence(written);
        }
    }
}
