package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Scalar;
import dev.vpclab.format.TreeNode.ScalarType;
import dev.vpclab.format.TreeNode.Sequence;
import dev.vpclab.i18n.Message;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A reader of the fields of one map of the file: typed getters for texts, booleans, numbers, CIDRs,
 * addresses, ports, protocols, lists and nested objects. Each getter checks the field's type and
 * value and reports a problem with its location when something is wrong.
 *
 * <p>Required getters never stop reading: on a problem they return a harmless placeholder and mark
 * the component as failed, so that every problem of the file is found in one pass; a failed
 * component is then dropped ({@link #failed()}). A {@code null} value counts as absent.
 */
final class Fields extends FieldCursor {

    private Fields(ReadContext ctx, Scope scope, String prefix, Mapping map) {
        super(ctx, scope, prefix, map);
    }

    /**
     * Fields of a map at the top of a scope.
     *
     * @param component the component id, {@code ""} for the top level of the file
     * @param kind what the map is, for messages (a kind name, {@code query}, ...)
     * @param prefix the path of the map followed by a dot, or {@code ""}
     */
    static Fields of(ReadContext ctx, String component, String kind, String prefix, Mapping map) {
        return new Fields(ctx, new Scope(component, kind), prefix, map);
    }

    /** The fields of a map nested in this one, sharing the component and its error count. */
    Fields nested(String path, Mapping nested) {
        return new Fields(context(), scope(), path + ".", nested);
    }

    // ---- scalars ----

    /** The text of a scalar node, or a type error. */
    Optional<String> scalarText(String path, TreeNode node) {
        if (node instanceof Scalar s && !s.isNull()) {
            return Optional.of(s.text());
        }
        wrongType(path, node, "text");
        return Optional.empty();
    }

    Optional<String> optText(String key) {
        return node(key).flatMap(n -> scalarText(path(key), n));
    }

    /** A required text: absent, null, empty and blank are all reported, at the field's line. */
    String text(String key) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            missing(key);
            return "";
        }
        Optional<String> text = scalarText(path(key), n.get());
        if (text.isPresent() && text.get().isBlank()) {
            empty(key, n.get());
            return "";
        }
        return text.orElse("");
    }

    String text(String key, String fallback) {
        return optText(key).orElse(fallback);
    }

    /** A text that must be one of {@code allowed} (compared ignoring case); canonical form. */
    String choice(String key, String fallback, String... allowed) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            if (fallback == null) {
                missing(key);
                return allowed[0];
            }
            return fallback;
        }
        Optional<String> text = scalarText(path(key), n.get());
        if (text.isEmpty()) {
            return allowed[0];
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(text.get().trim())) {
                return a;
            }
        }
        error(
                ProblemCodes.INVALID_VALUE,
                path(key),
                n.get().at(),
                Message.of(
                        "format.invalidChoice", path(key), String.join(", ", allowed), text.get()));
        return allowed[0];
    }

    /** The same, with the allowed values from {@link dev.vpclab.model.FieldChoices}. */
    String choice(String key, String fallback, List<String> allowed) {
        return choice(key, fallback, allowed.toArray(String[]::new));
    }

    boolean bool(String key, boolean fallback) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            return fallback;
        }
        if (n.get() instanceof Scalar s && s.type() == ScalarType.BOOL) {
            String t = s.text().toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
        }
        wrongType(path(key), n.get(), "boolean");
        return fallback;
    }

    boolean bool(String key) {
        if (node(key).isEmpty()) {
            missing(key);
            return false;
        }
        return bool(key, false);
    }

    /** A whole number within bounds; quoted digits are accepted too. */
    Optional<Integer> optInteger(String key, int min, int max) {
        return node(key).flatMap(n -> integer(path(key), n, min, max));
    }

    int integer(String key, int min, int max) {
        if (node(key).isEmpty()) {
            missing(key);
            return min;
        }
        return optInteger(key, min, max).orElse(min);
    }

    Optional<Integer> integer(String path, TreeNode node, int min, int max) {
        if (!(node instanceof Scalar s)
                || !(s.type() == ScalarType.INT || s.type() == ScalarType.STRING)) {
            wrongType(path, node, "integer");
            return Optional.empty();
        }
        String t = s.text().trim();
        if (!t.matches("[+-]?\\d{1,10}")) {
            invalid(path, node, "'" + s.text() + "' is not a whole number");
            return Optional.empty();
        }
        long v = Long.parseLong(t);
        if (v < min || v > max) {
            invalid(path, node, v + " is outside " + min + ".." + max);
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    /** A number (layout coordinates). */
    Optional<Double> optNumber(String key) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Scalar s
                && (s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT)) {
            try {
                double d = Double.parseDouble(s.text().replace("_", ""));
                if (Double.isFinite(d)) {
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
            invalid(path(key), s, "'" + s.text() + "' is not a finite number");
            return Optional.empty();
        }
        wrongType(path(key), n.get(), "number");
        return Optional.empty();
    }

    // ---- network values ----

    Optional<Cidr> cidr(String path, TreeNode node) {
        return scalarText(path, node).flatMap(t -> parseCidr(path, node, t));
    }

    Optional<Cidr> parseCidr(String path, TreeNode node, String text) {
        try {
            return Optional.of(Cidr.parse(text));
        } catch (IllegalArgumentException e) {
            error(
                    ProblemCodes.INVALID_CIDR,
                    path,
                    node.at(),
                    Message.of("format.invalidCidr", text, ValueReasons.of(e)));
            return Optional.empty();
        }
    }

    Optional<Cidr> optCidr(String key) {
        return node(key).flatMap(n -> cidr(path(key), n));
    }

    Cidr cidr(String key) {
        if (node(key).isEmpty()) {
            missing(key);
        }
        return optCidr(key).orElse(Placeholders.CIDR);
    }

    Optional<IpAddress> ip(String path, TreeNode node) {
        return scalarText(path, node)
                .flatMap(
                        t -> {
                            try {
                                return Optional.of(IpAddress.parse(t));
                            } catch (IllegalArgumentException e) {
                                error(
                                        ProblemCodes.INVALID_ADDRESS,
                                        path,
                                        node.at(),
                                        Message.of("format.invalidAddress", t, ValueReasons.of(e)));
                                return Optional.empty();
                            }
                        });
    }

    Optional<IpAddress> optIp(String key) {
        return node(key).flatMap(n -> ip(path(key), n));
    }

    IpAddress ip(String key) {
        if (node(key).isEmpty()) {
            missing(key);
        }
        return optIp(key).orElse(Placeholders.ADDRESS);
    }

    Protocol protocol(String key) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            missing(key);
            return Protocol.ALL;
        }
        return scalarText(path(key), n.get())
                .flatMap(t -> parseValue(path(key), n.get(), t, "protocol", Protocol::parse))
                .orElse(Protocol.ALL);
    }

    PortRange ports(String key) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            missing(key);
            return PortRange.ALL;
        }
        return scalarText(path(key), n.get())
                .flatMap(t -> parseValue(path(key), n.get(), t, "ports", PortRange::parse))
                .orElse(PortRange.ALL);
    }

    /**
     * Applies a parser of a network value; a refusal is reported with the text quoted first and the
     * reason in the user's language ({@code format.invalid.<what>}).
     */
    <T> Optional<T> parseValue(
            String path, TreeNode node, String text, String what, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            error(
                    ProblemCodes.INVALID_VALUE,
                    path,
                    node.at(),
                    Message.of("format.invalid." + what, text, ValueReasons.of(e)));
            return Optional.empty();
        }
    }

    // ---- lists and objects ----

    /** The items of a list field; empty when absent; a type error when not a list. */
    List<IndexedNode> items(String key) {
        Optional<TreeNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!(n.get() instanceof Sequence seq)) {
            wrongType(path(key), n.get(), "list");
            return List.of();
        }
        List<IndexedNode> out = new ArrayList<>(seq.items().size());
        for (int i = 0; i < seq.items().size(); i++) {
            String itemPath = path(key) + "[" + i + "]";
            TreeNode item = seq.items().get(i);
            context().sourceMap().field(component(), itemPath, item.at());
            out.add(new IndexedNode(itemPath, item));
        }
        return out;
    }

    /** An item of a list with its field path, for example {@code routes[2]}. */
    record IndexedNode(String path, TreeNode node) {}

    /** A list of texts (ids, names); absent means empty. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (IndexedNode item : items(key)) {
            scalarText(item.path(), item.node()).ifPresent(out::add);
        }
        return out;
    }

    /** A list of values each read by {@code reader} from (path, node). */
    <T> List<T> list(
            String key, java.util.function.BiFunction<String, TreeNode, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        for (IndexedNode item : items(key)) {
            reader.apply(item.path(), item.node()).ifPresent(out::add);
        }
        return out;
    }

    /** A list of objects each read by {@code reader}; unknown keys of each are warned about. */
    <T> List<T> objects(String key, Function<Fields, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        for (IndexedNode item : items(key)) {
            objectAt(item.path(), item.node(), reader).ifPresent(out::add);
        }
        return out;
    }

    /** One nested object read by {@code reader}; empty when absent. */
    <T> Optional<T> object(String key, Function<Fields, Optional<T>> reader) {
        return node(key).flatMap(n -> objectAt(path(key), n, reader));
    }

    private <T> Optional<T> objectAt(
            String path, TreeNode node, Function<Fields, Optional<T>> reader) {
        if (!(node instanceof Mapping m)) {
            wrongType(path, node, "map");
            return Optional.empty();
        }
        Fields inner = nested(path, m);
        Optional<T> value = reader.apply(inner);
        inner.finish();
        return value;
    }
}
