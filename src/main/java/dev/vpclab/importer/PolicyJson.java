package dev.vpclab.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.Policy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an IAM policy document as AWS returns it: a JSON string inside the Describe output ({@code
 * PolicyDocument} of an endpoint, {@code Policy} of {@code get-bucket-policy}).
 */
final class PolicyJson {
    private PolicyJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The policy of a string field, the default full access when the field is absent. */
    static Policy read(Item owner, String field) throws ImportFailure {
        Optional<String> text = owner.optText(field);
        if (text.isEmpty()) {
            return new Policy.DefaultFullAccess();
        }
        try {
            JsonNode doc = MAPPER.readTree(text.get());
            return document(doc);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw owner.field(field).failure("import.expected.policy");
        }
    }

    static Policy.Document document(JsonNode doc) {
        if (!doc.isObject()) {
            throw new IllegalArgumentException("a policy is a JSON object");
        }
        List<Policy.Statement> statements = new ArrayList<>();
        JsonNode st = doc.path("Statement");
        for (JsonNode s : st.isArray() ? st : List.of(st)) {
            if (!s.isObject()) {
                continue;
            }
            String effect = s.path("Effect").asText("");
            statements.add(
                    new Policy.Statement(
                            Optional.ofNullable(s.path("Sid").textValue()),
                            effect.equalsIgnoreCase("Deny")
                                    ? Policy.Effect.DENY
                                    : Policy.Effect.ALLOW,
                            principals(s.get("Principal")),
                            strings(s.get("Action")),
                            strings(s.get("NotAction")),
                            strings(s.get("Resource")),
                            strings(s.get("NotResource")),
                            conditions(s.get("Condition"))));
        }
        return new Policy.Document(
                Optional.ofNullable(doc.path("Version").textValue()), statements);
    }

    private static List<String> principals(JsonNode p) {
        if (p == null || p.isNull()) {
            return List.of();
        }
        if (p.isTextual()) {
            return List.of(p.asText());
        }
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            out.addAll(strings(it.next().getValue()));
        }
        return out;
    }

    private static List<Policy.Condition> conditions(JsonNode c) {
        List<Policy.Condition> out = new ArrayList<>();
        if (c == null || !c.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> ops = c.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields();
                    keys.hasNext(); ) {
                Map.Entry<String, JsonNode> k = keys.next();
                out.add(new Policy.Condition(op.getKey(), k.getKey(), strings(k.getValue())));
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            v.forEach(e -> out.add(e.asText()));
            return out;
        }
        return List.of(v.asText());
    }
}
