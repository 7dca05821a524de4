package dev.vpclab.format;

import dev.vpclab.format.TreeNode.Entry;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Scalar;
import dev.vpclab.format.TreeNode.Sequence;
import dev.vpclab.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an IAM-style policy: {@code default-full-access} or a document with {@code Version} and
 * {@code Statement} (one object or a list). {@code Principal} may be {@code "*"} or a map of {@code
 * AWS} / {@code Service} to one value or a list; {@code Action}, {@code NotAction}, {@code
 * Resource} and {@code NotResource} are one value or a list; {@code Condition} maps an operator to
 * keys and their value or values.
 */
final class PolicyReader {
    /** How a policy is written when it is the AWS default. */
    static final String DEFAULT_FULL_ACCESS = "default-full-access";

    private PolicyReader() {}

    /** The policy under {@code key}; empty when absent or {@code null}. */
    static Optional<Policy> read(Fields f, String key) {
        Optional<TreeNode> node = f.node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String path = f.path(key);
        if (node.get() instanceof Scalar s) {
            if (s.text().trim().equalsIgnoreCase(DEFAULT_FULL_ACCESS)) {
                return Optional.of(new Policy.DefaultFullAccess());
            }
            f.invalid(path, s, "expected default-full-access or a policy document");
            return Optional.empty();
        }
        if (!(node.get() instanceof Mapping m)) {
            f.wrongType(path, node.get(), "map");
            return Optional.empty();
        }
        Fields doc = f.nested(path, m);
        Optional<String> version = doc.optText("Version");
        doc.accept("Id");
        List<Policy.Statement> statements = new ArrayList<>();
        Optional<TreeNode> statementNode = doc.node("Statement");
        if (statementNode.isEmpty()) {
            doc.missing("Statement");
        } else if (statementNode.get() instanceof Mapping single) {
            statement(doc.nested(doc.path("Statement"), single)).ifPresent(statements::add);
        } else {
            statements.addAll(doc.objects("Statement", PolicyReader::statement));
        }
        doc.finish();
        return Optional.of(new Policy.Document(version, statements));
    }

    private static Optional<Policy.Statement> statement(Fields f) {
        String effect = f.choice("Effect", null, "Allow", "Deny");
        Policy.Statement statement =
                new Policy.Statement(
                        f.optText("Sid"),
                        effect.equals("Allow") ? Policy.Effect.ALLOW : Policy.Effect.DENY,
                        principals(f),
                        oneOrMany(f, "Action"),
                        oneOrMany(f, "NotAction"),
                        oneOrMany(f, "Resource"),
                        oneOrMany(f, "NotResource"),
                        conditions(f));
        f.finish();
        return Optional.of(statement);
    }

    /**
     * {@code "*"} becomes {@code ["*"]}; {@code {AWS: ..., Service: ...}} becomes the listed
     * principals (account ARNs and service names are told apart by their form).
     */
    private static List<String> principals(Fields f) {
        Optional<TreeNode> node = f.node("Principal");
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof Scalar) {
            return oneOrMany(f, "Principal");
        }
        if (!(node.get() instanceof Mapping m)) {
            f.wrongType(f.path("Principal"), node.get(), "map");
            return List.of();
        }
        Fields inner = f.nested(f.path("Principal"), m);
        List<String> out = new ArrayList<>();
        out.addAll(oneOrMany(inner, "AWS"));
        out.addAll(oneOrMany(inner, "Service"));
        out.addAll(oneOrMany(inner, "Federated"));
        out.addAll(oneOrMany(inner, "CanonicalUser"));
        inner.finish();
        return out;
    }

    /** One text or a list of texts. */
    static List<String> oneOrMany(Fields f, String key) {
        Optional<TreeNode> node = f.node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof Sequence) {
            return f.texts(key);
        }
        return f.scalarText(f.path(key), node.get()).map(List::of).orElse(List.of());
    }

    private static List<Policy.Condition> conditions(Fields f) {
        Optional<TreeNode> node = f.node("Condition");
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof Mapping operators)) {
            f.wrongType(f.path("Condition"), node.get(), "map");
            return List.of();
        }
        List<Policy.Condition> out = new ArrayList<>();
        Fields byOperator = f.nested(f.path("Condition"), operators);
        for (Entry op : operators.entries().values()) {
            String operator = op.key().text();
            Optional<TreeNode> keysNode = byOperator.node(operator);
            if (keysNode.isEmpty()) {
                continue;
            }
            if (!(keysNode.get() instanceof Mapping keys)) {
                f.wrongType(byOperator.path(operator), keysNode.get(), "map");
                continue;
            }
            Fields byKey = byOperator.nested(byOperator.path(operator), keys);
            for (Entry k : keys.entries().values()) {
                String key = k.key().text();
                out.add(new Policy.Condition(operator, key, oneOrMany(byKey, key)));
            }
        }
        return out;
    }
}
