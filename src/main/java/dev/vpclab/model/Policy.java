package dev.vpclab.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM-style resource policy: an endpoint policy or a bucket or table policy. Either the default
 * full-access policy or a document of statements.
 */
public sealed interface Policy {

    /** The default endpoint policy: allow every action on every resource to every principal. */
    record DefaultFullAccess() implements Policy {
        @Override
        public String toString() {
            return "default-full-access";
        }
    }

    /** A policy document ({@code Version}, {@code Statement}). */
    record Document(Optional<String> version, List<Statement> statements) implements Policy {
        public Document {
            Objects.requireNonNull(version, "version");
            statements = List.copyOf(statements);
        }
    }

    /** Allow or Deny. */
    enum Effect {
        ALLOW("Allow"),
        DENY("Deny");

        private final String text;

        Effect(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * One statement. An empty {@code principals} list means no {@code Principal} element; {@code
     * "*"} means everyone. {@code notActions} and {@code notResources} are used instead of the
     * positive lists when present.
     */
    record Statement(
            Optional<String> sid,
            Effect effect,
            List<String> principals,
            List<String> actions,
            List<String> notActions,
            List<String> resources,
            List<String> notResources,
            List<Condition> conditions) {
        public Statement {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(effect, "effect");
            principals = List.copyOf(principals);
            actions = List.copyOf(actions);
            notActions = List.copyOf(notActions);
            resources = List.copyOf(resources);
            notResources = List.copyOf(notResources);
            conditions = List.copyOf(conditions);
        }

        /** The canonical text {@code "<Effect> <Sid>"}. */
        public String label() {
            return effect + sid.map(s -> " " + s).orElse("");
        }
    }

    /** One condition test: operator (for example {@code StringNotEquals}), key and values. */
    record Condition(String operator, String key, List<String> values) {
        public Condition {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }
    }
}
