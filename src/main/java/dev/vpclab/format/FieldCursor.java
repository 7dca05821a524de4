package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.check.Severity;
import dev.vpclab.format.TreeNode.Entry;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Scalar;
import dev.vpclab.i18n.Message;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A cursor over one map of the file (a component, or an object inside one such as a route): it
 * hands out values by key while recording their locations in the source map, reports problems
 * naming the component, the field path and the line and column, and at the end warns about the keys
 * nobody asked for. {@link Fields} adds the typed getters.
 */
class FieldCursor {
    /** Keys accepted on any object and ignored: comments for people. */
    private static final Set<String> IGNORED = Set.of("note");

    private final ReadContext ctx;
    private final Scope scope;
    private final String prefix;
    private final Mapping map;
    private final Set<String> used = new HashSet<>();

    /** The component being read and how many errors it has. */
    static final class Scope {
        private final String component;
        private final String kind;
        private int errors;

        Scope(String component, String kind) {
            this.component = component;
            this.kind = kind;
        }
    }

    FieldCursor(ReadContext ctx, Scope scope, String prefix, Mapping map) {
        this.ctx = ctx;
        this.scope = scope;
        this.prefix = prefix;
        this.map = map;
    }

    Mapping map() {
        return map;
    }

    String component() {
        return scope.component;
    }

    Scope scope() {
        return scope;
    }

    ReadContext context() {
        return ctx;
    }

    /** True when an error was reported for this component. */
    boolean failed() {
        return scope.errors > 0;
    }

    String path(String key) {
        return prefix + key;
    }

    /** Marks a key as known without reading it. */
    void accept(String key) {
        used.add(key);
    }

    boolean has(String key) {
        return node(key).isPresent();
    }

    /** The value of a key, recording its location; empty when absent or {@code null}. */
    Optional<TreeNode> node(String key) {
        used.add(key);
        Entry entry = map.entries().get(key);
        if (entry == null) {
            return Optional.empty();
        }
        ctx.sourceMap().field(scope.component, path(key), entry.value().at());
        if (entry.value() instanceof Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    // ---- problems ----

    void error(String code, String path, TreeNode.Position at, Message message) {
        scope.errors++;
        ctx.report(Severity.ERROR, code, scope.component, path, at, message);
    }

    void warning(String code, String path, TreeNode.Position at, Message message) {
        ctx.report(Severity.WARNING, code, scope.component, path, at, message);
    }

    /**
     * A required field is absent, or written with no value ({@code null}, {@code ~} or nothing
     * after the colon): the latter is reported at its own line, saying it is empty.
     */
    void missing(String key) {
        Entry written = map.entries().get(key);
        if (written != null) {
            empty(key, written.value());
            return;
        }
        error(
                ProblemCodes.MISSING_FIELD,
                path(key),
                map.at(),
                Message.of("format.missingField", key, scope.kind));
    }

    /** A required field written with an empty, blank or null value. */
    void empty(String key, TreeNode value) {
        error(
                ProblemCodes.MISSING_FIELD,
                path(key),
                value.at(),
                Message.of("format.emptyField", key, scope.kind));
    }

    void wrongType(String path, TreeNode found, String expected) {
        error(
                ProblemCodes.WRONG_TYPE,
                path,
                found.at(),
                Message.of("format.wrongType." + expected, path, found.typeName()));
    }

    void invalid(String path, TreeNode at, String reason) {
        error(
                ProblemCodes.INVALID_VALUE,
                path,
                at.at(),
                Message.of("format.invalidValue", path, reason));
    }

    /** Warns about every key of the map that no getter asked for. */
    void finish() {
        for (Entry entry : map.entries().values()) {
            String key = entry.key().text();
            if (!used.contains(key) && !IGNORED.contains(key)) {
                warning(
                        ProblemCodes.UNKNOWN_FIELD,
                        path(key),
                        entry.key().at(),
                        Message.of("format.unknownField", key, scope.kind));
            }
        }
    }

    /**
     * Claims the id written under {@code id} in the file's id space (ids are unique across the
     * whole file, nested ones such as network interfaces included); reports a duplicate.
     */
    void claimId(String id) {
        Optional<TreeNode> node = node("id");
        if (id.isEmpty() || node.isEmpty()) {
            return;
        }
        TreeNode.Position at = node.get().at();
        ctx.claimId(id, at)
                .ifPresent(
                        first ->
                                error(
                                        ProblemCodes.DUPLICATE_ID,
                                        path("id"),
                                        at,
                                        Message.of("format.duplicateId", id, first.line())));
    }
}
