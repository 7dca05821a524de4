package dev.vpclab.format;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of a parsed lab file that remembers where it starts in the file: a scalar, a sequence or a
 * mapping. YAML and JSON files both become trees of these, so the structure stage reads them the
 * same way.
 */
sealed interface TreeNode {

    /** Where the node starts: 1-based line and column. */
    Position at();

    /**
     * How big the node is once aliases are expanded (1 per scalar, plus the children of
     * collections); bounds the work of everything that walks the tree.
     */
    long weight();

    /** The YAML type name shown in messages: string, number, boolean, null, list or map. */
    String typeName();

    /** A 1-based line and column. */
    record Position(int line, int column) {}

    /** The resolved type of a scalar, as YAML 1.1 (or JSON) resolves plain values. */
    enum ScalarType {
        STRING,
        INT,
        FLOAT,
        BOOL,
        NULL
    }

    /** A scalar value with its text as written and its resolved type. */
    record Scalar(String text, ScalarType type, Position at) implements TreeNode {
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public long weight() {
            return 1;
        }

        @Override
        public String typeName() {
            return switch (type) {
                case STRING -> "string";
                case INT, FLOAT -> "number";
                case BOOL -> "boolean";
                case NULL -> "null";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    /** A list of nodes. */
    record Sequence(List<TreeNode> items, Position at, long weight) implements TreeNode {
        public Sequence {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    /** A map with text keys in file order; each entry keeps its key's position. */
    record Mapping(Map<String, Entry> entries, Position at, long weight) implements TreeNode {
        public Mapping {
            entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public String typeName() {
            return "map";
        }
    }

    /** One key of a mapping with its value. */
    record Entry(Scalar key, TreeNode value) {}
}
