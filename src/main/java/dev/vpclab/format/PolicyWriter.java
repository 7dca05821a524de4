package dev.vpclab.format;

import dev.vpclab.model.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a policy as {@code default-full-access} or as an IAM-style document, the form {@link
 * PolicyReader} reads: one value where a list holds one, {@code Principal: "*"} for everyone,
 * otherwise {@code AWS} and {@code Service} principals apart.
 */
final class PolicyWriter {
    private PolicyWriter() {}

    static Object write(Policy policy) {
        if (policy instanceof Policy.DefaultFullAccess) {
            return PolicyReader.DEFAULT_FULL_ACCESS;
        }
        Policy.Document doc = (Policy.Document) policy;
        Map<String, Object> m = new LinkedHashMap<>();
        doc.version().ifPresent(v -> m.put("Version", v));
        List<Object> statements = new ArrayList<>();
        for (Policy.Statement s : doc.statements()) {
            statements.add(statement(s));
        }
        m.put("Statement", statements);
        return m;
    }

    private static Map<String, Object> statement(Policy.Statement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        s.sid().ifPresent(sid -> m.put("Sid", sid));
        m.put("Effect", s.effect().toString());
        if (!s.principals().isEmpty()) {
            m.put("Principal", principal(s.principals()));
        }
        putOneOrMany(m, "Action", s.actions());
        putOneOrMany(m, "NotAction", s.notActions());
        putOneOrMany(m, "Resource", s.resources());
        putOneOrMany(m, "NotResource", s.notResources());
        if (!s.conditions().isEmpty()) {
            Map<String, Object> byOperator = new LinkedHashMap<>();
            for (Policy.Condition c : s.conditions()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> keys =
                        (Map<String, Object>)
                                byOperator.computeIfAbsent(
                                        c.operator(), k -> new LinkedHashMap<String, Object>());
                keys.put(c.key(), oneOrMany(c.values()));
            }
            m.put("Condition", byOperator);
        }
        return m;
    }

    private static Object principal(List<String> principals) {
        if (principals.equals(List.of("*"))) {
            return "*";
        }
        List<String> aws = new ArrayList<>();
        List<String> service = new ArrayList<>();
        for (String p : principals) {
            // service principals are DNS-like names such as ec2.amazonaws.com
            (p.endsWith(".amazonaws.com") ? service : aws).add(p);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (!aws.isEmpty()) {
            m.put("AWS", oneOrMany(aws));
        }
        if (!service.isEmpty()) {
            m.put("Service", oneOrMany(service));
        }
        return m;
    }

    private static void putOneOrMany(Map<String, Object> m, String key, List<String> values) {
        if (!values.isEmpty()) {
            m.put(key, oneOrMany(values));
        }
    }

    private static Object oneOrMany(List<String> values) {
        return values.size() == 1 ? values.get(0) : new ArrayList<Object>(values);
    }
}
