package dev.vpclab.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.TreeNode.Entry;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Position;
import dev.vpclab.format.TreeNode.Scalar;
import dev.vpclab.format.TreeNode.ScalarType;
import dev.vpclab.format.TreeNode.Sequence;
import dev.vpclab.i18n.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link TreeNode} tree from JSON text with Jackson's streaming parser. JSON is YAML, but
 * SnakeYAML refuses the tab indentation that JSON tools commonly write, so {@code .json} files are
 * parsed here, with the same limits and the same tree as YAML.
 */
final class JsonTreeBuilder {
    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    // ours is checked first; this only backs it up
                                    .maxNestingDepth(Limits.MAX_DEPTH + 8)
                                    .maxDocumentLength(Limits.MAX_FILE_BYTES + 1)
                                    // one string may be as long as the file, as in YAML
                                    .maxStringLength((int) Limits.MAX_FILE_BYTES + 1)
                                    .build())
                    .build();

    private final JsonParser parser;

    private JsonTreeBuilder(JsonParser parser) {
        this.parser = parser;
    }

    /** Parses one JSON value; empty when the text holds none. */
    static Optional<TreeNode> parse(String text) throws SyntaxFailure {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTreeBuilder builder = new JsonTreeBuilder(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            TreeNode root = builder.node(first, 1);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new SyntaxFailure(
                        ProblemCodes.YAML_SYNTAX,
                        Message.of("format.syntax.json.trailing"),
                        builder.here());
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of("format.syntax.json", e.getOriginalMessage()),
                    where == null
                            ? new Position(1, 1)
                            : new Position(
                                    Math.max(1, where.getLineNr()),
                                    Math.max(1, where.getColumnNr())));
        } catch (IOException e) {
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of("format.syntax.json", String.valueOf(e.getMessage())),
                    new Position(1, 1));
        }
    }

    private Position here() {
        JsonLocation l = parser.currentTokenLocation();
        return new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private TreeNode node(JsonToken token, int depth) throws IOException, SyntaxFailure {
        Position at = here();
        return switch (token) {
            case START_ARRAY -> array(at, depth);
            case START_OBJECT -> object(at, depth);
            case VALUE_STRING -> new Scalar(parser.getText(), ScalarType.STRING, at);
            case VALUE_NUMBER_INT -> new Scalar(parser.getText(), ScalarType.INT, at);
            case VALUE_NUMBER_FLOAT -> new Scalar(parser.getText(), ScalarType.FLOAT, at);
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(parser.getText(), ScalarType.BOOL, at);
            case VALUE_NULL -> new Scalar("null", ScalarType.NULL, at);
            default ->
                    throw new SyntaxFailure(
                            ProblemCodes.YAML_SYNTAX,
                            Message.of("format.syntax.json.unexpected", token.toString()),
                            at);
        };
    }

    private Sequence array(Position at, int depth) throws IOException, SyntaxFailure {
        Limits.checkDepth(depth, at);
        List<TreeNode> items = new ArrayList<>();
        long weight = 1;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            TreeNode item = node(t, depth + 1);
            weight += item.weight();
            Limits.checkWeight(weight, item.at());
            items.add(item);
        }
        return new Sequence(items, at, weight);
    }

    private Mapping object(Position at, int depth) throws IOException, SyntaxFailure {
        Limits.checkDepth(depth, at);
        Map<String, Entry> entries = new LinkedHashMap<>();
        long weight = 1;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            Scalar key = new Scalar(parser.currentName(), ScalarType.STRING, here());
            TreeNode value = node(parser.nextToken(), depth + 1);
            Entry previous = entries.get(key.text());
            if (previous != null) {
                throw new SyntaxFailure(
                        ProblemCodes.DUPLICATE_KEY,
                        Message.of(
                                "format.syntax.duplicateKey",
                                key.text(),
                                previous.key().at().line()),
                        key.at());
            }
            weight += 1 + value.weight();
            Limits.checkWeight(weight, key.at());
            entries.put(key.text(), new Entry(key, value));
        }
        return new Mapping(entries, at, weight);
    }
}
