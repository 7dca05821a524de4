package dev.vpclab.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The linear reader must be invisible: SnakeYAML gives the same events, at the same lines, columns
 * and offsets, and fails with the same problem at the same place, whether it reads through its own
 * {@link StreamReader} or through {@link WholeTextReader}. Any difference would move an error
 * message's line or change what a lab means.
 */
class WholeTextReaderTest {

    /** Texts that exercise what a reader can get wrong: line ends, BOM, surrogates, bad input. */
    static Stream<String> edgeCases() {
        return Stream.of(
                "",
                "title: plain\n",
                "title: plain",
                "a: 1\r\nb: 2\r\n",
                "a: 1\rb: 2\r",
                "\uFEFFa: 1\n",
                "name: 한국어 라벨\nid: vpc-서울\n",
                "emoji: \"\uD83D\uDE80 rocket\"\nnext: x\n",
                "a: \"\\x41\\u0042\\U00000043\"\n",
                "title: \"\\x",
                "title: \"cut",
                "a: |\n  line one\n  line two\nb: >\n  folded\n  text\n",
                "list: [a, b, {c: d}]\nmap: {e: f}\n",
                "base: &b {x: 1}\nuse: *b\n",
                "bad: \u0001control\n",
                "bad tab:\tvalue\n",
                "a: b: c\n",
                "- a\n- b\n  - c\n",
                "key: [unclosed\n",
                "--- a\n--- b\n",
                "a: 'single ''quoted'' text'\n",
                "a: \"" + "x".repeat(5000) + "\"\n",
                "a: " + "y,".repeat(3000) + "\n",
                "lone high: \"\uD800\"\n");
    }

    static Stream<Path> labFiles() throws IOException {
        List<Path> roots = List.of(Path.of("assets"), Path.of("src/test/resources"));
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("edgeCases")
    void readsEdgeCasesExactlyAsSnakeYamlDoes(String text) {
        assertEquals(
                transcript(new StreamReader(new StringReader(text))),
                transcript(new WholeTextReader(text)));
    }

    @ParameterizedTest
    @MethodSource("labFiles")
    void readsEveryLabFileExactlyAsSnakeYamlDoes(Path file) {
        String text = read(file);
        assertEquals(
                transcript(new StreamReader(new StringReader(text))),
                transcript(new WholeTextReader(text)),
                file.toString());
    }

    @Test
    void aLongStringIsReadWhole() throws SyntaxFailure {
        String value = "z".repeat(3_000_000);
        TreeNode root = YamlTreeBuilder.parse("title: " + value + "\n").orElseThrow();
        TreeNode.Mapping map = (TreeNode.Mapping) root;
        assertEquals(value, ((TreeNode.Scalar) map.entries().get("title").value()).text());
    }

    /** Every event with its marks, or the failure with its place, as one comparable text. */
    private static String transcript(StreamReader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Limits.MAX_FILE_BYTES + 1);
        Parser parser = new ParserImpl(reader, options);
        StringBuilder out = new StringBuilder();
        try {
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                out.append(event)
                        .append(' ')
                        .append(place(event.getStartMark()))
                        .append('-')
                        .append(place(event.getEndMark()))
                        .append('\n');
            }
        } catch (MarkedYAMLException e) {
            out.append("failed: ")
                    .append(e.getProblem())
                    .append(' ')
                    .append(place(e.getProblemMark()));
        } catch (YAMLException | NumberFormatException e) {
            out.append("failed: ").append(e.getClass().getSimpleName());
        }
        return out.toString();
    }

    private static String place(Mark mark) {
        return mark == null ? "?" : mark.getLine() + ":" + mark.getColumn() + "@" + mark.getIndex();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
