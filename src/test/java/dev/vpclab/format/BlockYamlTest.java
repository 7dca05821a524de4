package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one-pass YAML writer says what SnakeYAML's dumper said: every lab the project ships, a big
 * generated one and thousands of random hostile strings read back as the same values, by SnakeYAML
 * and by the lab reader.
 */
class BlockYamlTest {

    private static Object load(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    private static List<Path> labs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir :
                List.of(
                        "assets/labs",
                        "src/test/resources/scenarios",
                        "src/test/resources/scenarios-extra")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void everyShippedLabIsWrittenAsSnakeYamlWouldAndReadsBackTheSame() throws IOException {
        List<Path> files = labs();
        assertThat(files).hasSizeGreaterThan(20);
        int read = 0;
        for (Path file : files) {
            Optional<Lab> lab = LabReader.read(file).lab();
            if (lab.isEmpty()) {
                continue; // a scenario about a file that does not load
            }
            Map<String, Object> tree = LabWriter.tree(lab.get());
            String fast = BlockYaml.write(tree).orElseThrow();
            assertThat(load(fast)).as(file.toString()).isEqualTo(load(LabWriter.snakeYaml(tree)));
            assertThat(LabReader.read(fast, file.toString()).lab())
                    .as(file.toString())
                    .isEqualTo(lab);
            read++;
        }
        assertThat(read).isGreaterThan(20);
    }

    @Test
    void aGeneratedLabOfThousandsOfComponentsReadsBackTheSame() {
        Lab lab = LabGenerator.generate(3000, 42);
        String yaml = LabWriter.toYaml(lab);
        assertThat(yaml)
                .startsWith("format: vpclab/1\ntitle: ")
                .contains("\ncomponents:\n- kind: ");
        assertThat(LabReader.read(yaml, "big.yaml").lab()).contains(lab);
    }

    /** Text that means something to YAML, in keys and values. */
    private static final List<String> TRICKY =
            List.of(
                    "",
                    " ",
                    "yes",
                    "No",
                    "ON",
                    "off",
                    "y",
                    "n",
                    "null",
                    "Null",
                    "~",
                    "true",
                    "FALSE",
                    "0x1F",
                    "0o17",
                    "010",
                    "1_000",
                    "1e5",
                    "1.5",
                    "-1",
                    "+1",
                    ".inf",
                    "-.inf",
                    ".NaN",
                    "2001-12-14",
                    "2001-12-14 21:59:43.10 -5",
                    "12:30:45",
                    "190:20:30",
                    "=",
                    "<<",
                    "- a",
                    "a: b",
                    "a:",
                    "a #b",
                    "#c",
                    "&anchor",
                    "*alias",
                    "!tag",
                    "!!str",
                    "|",
                    ">",
                    "%YAML",
                    "@x",
                    "`x",
                    "[a]",
                    "{a}",
                    "a, b",
                    "? k",
                    "'q'",
                    "\"q\"",
                    "back\\slash",
                    "line\nbreak",
                    "tab\there",
                    "cr\rhere",
                    "nul\0",
                    "bell\u0007",
                    "del\u007F",
                    "nel\u0085",
                    "ls\u2028",
                    "ps\u2029",
                    "bom\uFEFF",
                    "nbsp\u00A0",
                    "서브넷 & 라우팅",
                    "emoji \uD83D\uDE80",
                    "lone \uD800 surrogate",
                    "trailing ",
                    " leading",
                    "two  spaces",
                    "10.0.0.0/16",
                    "10.0.1.10",
                    "111122223333",
                    "arn:aws:iam::111122223333:root",
                    "<img src=x onerror=alert(1)>",
                    "\"><svg onload=alert(1)>");

    @Test
    void trickyAndRandomTextReadsBackAsTheSameText() {
        Random random = new Random(12);
        String alphabet = ":#-? '\"\\\n\t&*!|>%@`[]{},.=+_/0123456789aynoAYNO서\u0085\u2028";
        List<String> texts = new ArrayList<>(TRICKY);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(8);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        int k = 0;
        for (String t : texts) {
            values.put("k" + k++, t);
            list.add(t);
            if (t.length() <= 60) {
                tree.putIfAbsent(t, "v" + k);
            }
        }
        tree.put("values", values);
        tree.put("list", list);
        tree.put("nested", List.of(List.of("a", Map.of()), Map.of("x", List.of()), List.of()));
        String yaml = BlockYaml.write(tree).orElseThrow();
        assertThat(load(yaml)).isEqualTo(tree);

        // And through the lab reader, as a lab's extra top-level keys.
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("x-values", values);
        extras.put("x-list", list);
        Lab lab =
                new Lab(
                        "t",
                        "",
                        "us-east-1",
                        List.of(),
                        Map.of(),
                        List.of(),
                        Optional.empty(),
                        extras);
        Lab back = LabReader.read(LabWriter.toYaml(lab), "extras.yaml").lab().orElseThrow();
        assertThat(back.extras()).isEqualTo(extras);
    }

    @Test
    void plainOnlyWhereTheReaderTakesItAsText() {
        assertThat(BlockYaml.plain("vpc-consumer")).isTrue();
        assertThat(BlockYaml.plain("10.0.0.0/16")).isTrue();
        assertThat(BlockYaml.plain("App instance to S3")).isTrue();
        assertThat(BlockYaml.plain("111122223333")).isFalse();
        assertThat(BlockYaml.plain("yes")).isFalse();
        assertThat(BlockYaml.plain("a: b")).isFalse();
        assertThat(BlockYaml.plain("2001-12-14")).isFalse();
    }

    @Test
    void numbersAndLongKeysAreWrittenOrLeftToSnakeYaml() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("i", 3);
        tree.put("l", 12_345_678_901L);
        tree.put("d", 40.5);
        tree.put("big", 1.0e20);
        tree.put("nan", Double.NaN);
        tree.put("b", false);
        tree.put("n", null);
        assertThat(load(BlockYaml.write(tree).orElseThrow())).isEqualTo(tree);
        assertThat(BlockYaml.write(Map.of("x".repeat(200), 1))).isEmpty();
        assertThat(BlockYaml.write(Map.of("x", new Object()))).isEmpty();
    }
}
