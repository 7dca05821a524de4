package dev.vpclab.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a tree of ordered maps, lists and scalars as block-style YAML in one pass, in the layout
 * SnakeYAML's dumper gives it (two-space indent, list items at their key's indent). SnakeYAML's
 * representer, serializer and emitter took two thirds of an account-sized import (10,000
 * resources): they build a node graph, look for shared objects to anchor and analyse every scalar
 * against a dozen patterns. Here a string is written plain when it is made of characters that
 * cannot start or end YAML syntax and the reader's own resolver ({@link YamlTreeBuilder} uses the
 * same one) reads it back as text; otherwise double-quoted with escapes. A value it does not know
 * (an unknown type, a key too long for a simple key) gives {@link Optional#empty()} and the caller
 * uses SnakeYAML instead.
 */
final class BlockYaml {
    private BlockYaml() {}

    /** Longest key written as a simple key; SnakeYAML's emitter uses the same bound. */
    private static final int MAX_SIMPLE_KEY = 120;

    private static final Resolver RESOLVER = new Resolver();

    /** Thrown inside the writer when a value needs SnakeYAML; never escapes this class. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** The document, or empty when a value is of a kind this writer leaves to SnakeYAML. */
    static Optional<String> write(Map<?, ?> root) {
        StringBuilder out = new StringBuilder(64 * 1024);
        try {
            if (root.isEmpty()) {
                out.append("{}\n");
            } else {
                mapBody(out, root, 0, false);
            }
        } catch (Unsupported e) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    private static void mapBody(StringBuilder out, Map<?, ?> map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(first && inline)) {
                pad(out, indent);
            }
            first = false;
            if (!(e.getKey() instanceof String key)) {
                throw new Unsupported();
            }
            int start = out.length();
            string(out, key);
            if (out.length() - start > MAX_SIMPLE_KEY) {
                throw new Unsupported();
            }
            out.append(':');
            value(out, e.getValue(), indent, true);
        }
    }

    private static void listBody(
            StringBuilder out, Collection<?> list, int indent, boolean inline) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && inline)) {
                pad(out, indent);
            }
            first = false;
            out.append('-');
            value(out, item, indent, false);
        }
    }

    /**
     * A value after "key:" or "-": a scalar or an empty collection on the same line; a map or a
     * list below (after a key) or starting on the same line (after a dash), as SnakeYAML writes.
     */
    private static void value(StringBuilder out, Object v, int indent, boolean afterKey) {
        if (v instanceof Map<?, ?> map && !map.isEmpty()) {
            if (afterKey) {
                out.append('\n');
                mapBody(out, map, indent + 2, false);
            } else {
                out.append(' ');
                mapBody(out, map, indent + 2, true);
            }
        } else if (v instanceof Collection<?> list && !list.isEmpty()) {
            if (afterKey) {
                out.append('\n');
                listBody(out, list, indent, false);
            } else {
                out.append(' ');
                listBody(out, list, indent + 2, true);
            }
        } else {
            out.append(' ');
            scalar(out, v);
            out.append('\n');
        }
    }

    private static void scalar(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Integer
                || v instanceof Long
                || v instanceof Short
                || v instanceof Byte
                || v instanceof BigInteger) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            number(out, ((Number) v));
        } else if (v instanceof Map<?, ?>) {
            out.append("{}");
        } else if (v instanceof Collection<?>) {
            out.append("[]");
        } else {
            throw new Unsupported();
        }
    }

    private static void number(StringBuilder out, Number n) {
        double d = n.doubleValue();
        if (n instanceof BigDecimal) {
            out.append(n);
            return;
        }
        if (Double.isNaN(d)) {
            out.append(".NaN");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? ".inf" : "-.inf");
        } else {
            String text = n.toString();
            Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
            if (!Tag.FLOAT.equals(tag) && !Tag.INT.equals(tag)) {
                throw new Unsupported();
            }
            out.append(text);
        }
    }

    private static void string(StringBuilder out, String s) {
        if (plain(s)) {
            out.append(s);
        } else {
            quoted(out, s);
        }
    }

    /**
     * Whether the text can be written plain: letters, digits and a few punctuation marks that mean
     * nothing in a block scalar (a colon only when no space or end follows it), starting with a
     * letter, digit or slash, not ending in a space, and read back as a string (not a number,
     * boolean, null or timestamp) by the resolver the reader uses.
     */
    static boolean plain(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char first = s.charAt(0);
        if (!(isAsciiLetter(first) || isDigit(first) || first == '/')) {
            return false;
        }
        if (s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isAsciiLetter(c) || isDigit(c)) {
                continue;
            }
            switch (c) {
                case '-', '_', '.', '/', '@', '+', ',', '(', ')', '=', '\'' -> {}
                case ' ' -> {
                    if (s.charAt(i + 1) == ' ') {
                        return false; // kept plain by YAML, but quoting is clearer
                    }
                }
                case ':' -> {
                    if (i + 1 == n || s.charAt(i + 1) == ' ') {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        // Only text that could look like a number, a boolean, null or a date needs the resolver;
        // a slash (every CIDR) or a second dot (every IP address) rules all of those out.
        if ((isDigit(first) && s.indexOf('/') < 0 && !twoDots(s)) || n <= 5) {
            return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, s, true));
        }
        return true;
    }

    private static boolean twoDots(String s) {
        int dot = s.indexOf('.');
        return dot >= 0 && s.indexOf('.', dot + 1) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A double-quoted scalar: every character the YAML reader would not take raw is escaped. */
    static void quoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (printable(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }

    /** YAML 1.1's printable set, less surrogates (a pair is handled by the caller). */
    private static boolean printable(char c) {
        return (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static void pad(StringBuilder out, int indent) {
        for (int i = 0; i < indent; i++) {
            out.append(' ');
        }
    }
}
