package dev.vpclab.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.i18n.Message;
import java.io.StringReader;
import java.math.BigInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation template, JSON or YAML, into one JSON tree in which every short-form
 * intrinsic function ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub ...}) is written in its long
 * form ({@code {"Ref": "X"}}, {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": ...}}).
 *
 * <p>The YAML is read through SnakeYAML's node graph (the library under Jackson's YAML support),
 * because Jackson's YAML tree drops the tags that the short forms are.
 */
final class CloudFormationTemplate {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Deeper nesting than any real template has: a hostile file is refused, not a stack overflow.
     */
    private static final int MAX_DEPTH = 200;

    private CloudFormationTemplate() {}

    /** The template as a JSON tree with long-form functions. */
    static JsonNode parse(String name, String text) throws ImportFailure {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode root = MAPPER.readTree(text);
                if (root == null || root.isMissingNode()) {
                    throw new ImportFailure(Message.of("import.error.empty", name));
                }
                return root;
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                throw new ImportFailure(
                        Message.of(
                                "import.error.syntax", name, line, column, e.getOriginalMessage()));
            }
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, SourceFolder.MAX_TOTAL_BYTES));
        options.setNestingDepthLimit(MAX_DEPTH);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new ImportFailure(
                    Message.of(
                            "import.error.yamlSyntax",
                            name,
                            m == null ? 0 : m.getLine() + 1,
                            m == null ? 0 : m.getColumn() + 1,
                            String.valueOf(e.getProblem())));
        } catch (YAMLException e) {
            throw new ImportFailure(
                    Message.of("import.error.yamlSyntax", name, 0, 0, e.getMessage()));
        }
        if (root == null) {
            throw new ImportFailure(Message.of("import.error.empty", name));
        }
        return convert(root, 0, name);
    }

    private static JsonNode convert(Node n, int depth, String name) throws ImportFailure {
        if (depth > MAX_DEPTH) {
            throw new ImportFailure(
                    Message.of(
                            "import.error.yamlSyntax",
                            name,
                            n.getStartMark().getLine() + 1,
                            n.getStartMark().getColumn() + 1,
                            "nested too deep"));
        }
        JsonNode value;
        if (n instanceof ScalarNode s) {
            value = scalar(s);
        } else if (n instanceof SequenceNode seq) {
            ArrayNode a = JSON.arrayNode();
            for (Node child : seq.getValue()) {
                a.add(convert(child, depth + 1, name));
            }
            value = a;
        } else if (n instanceof MappingNode map) {
            ObjectNode o = JSON.objectNode();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                o.set(key, convert(t.getValueNode(), depth + 1, name));
            }
            value = o;
        } else {
            value = JSON.nullNode();
        }
        String tag = n.getTag().getValue();
        if (!tag.startsWith("!")) {
            return value;
        }
        // A short form: !Ref X, !Condition X, !GetAtt A.B, and !Fn for every Fn::Fn.
        String fn = tag.substring(1);
        ObjectNode long_ = JSON.objectNode();
        switch (fn) {
            case "Ref", "Condition" -> long_.set(fn, value);
            case "GetAtt" -> {
                if (value.isTextual() && value.asText().contains(".")) {
                    String s = value.asText();
                    int dot = s.indexOf('.');
                    long_.putArray("Fn::GetAtt").add(s.substring(0, dot)).add(s.substring(dot + 1));
                } else {
                    long_.set("Fn::GetAtt", value);
                }
            }
            default -> long_.set("Fn::" + fn, value);
        }
        return long_;
    }

    /** A plain scalar as YAML resolved it (number, true/false, null); a quoted one is text. */
    private static JsonNode scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.INT.equals(tag)) {
                String digits = v.replace("_", "");
                BigInteger big = new BigInteger(digits);
                return big.bitLength() < 63 ? JSON.numberNode(big.longValue()) : JSON.textNode(v);
            }
            if (Tag.FLOAT.equals(tag)) {
                return JSON.numberNode(Double.parseDouble(v));
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(v);
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(
                    switch (v.toLowerCase(java.util.Locale.ROOT)) {
                        case "true", "yes", "on", "y" -> true;
                        default -> false;
                    });
        }
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        return JSON.textNode(v);
    }
}
