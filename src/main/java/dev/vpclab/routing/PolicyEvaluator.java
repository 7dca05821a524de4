package dev.vpclab.routing;

import dev.vpclab.model.Policy;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an endpoint policy or a resource policy against a request as IAM does: an explicit Deny
 * wins, then an Allow; conditions on keys missing from the request are false, negated ones true
 * (R-POL-1 to R-POL-5).
 */
final class PolicyEvaluator {
    /** A request as policies see it. */
    record RequestContext(
            String action, String resource, String principal, Map<String, Optional<String>> keys) {}

    static Decision.PolicyMatch evaluate(Policy policy, RequestContext request) {
        if (policy instanceof Policy.DefaultFullAccess) {
            return Decision.PolicyMatch.of(Decision.PolicyOutcome.DEFAULT_FULL_ACCESS);
        }
        Policy.Document document = (Policy.Document) policy;
        Policy.Statement allow = null;
        int allowIndex = -1;
        List<Policy.Statement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            Policy.Statement s = statements.get(i);
            if (!applies(s, request)) {
                continue;
            }
            if (s.effect() == Policy.Effect.DENY) {
                return Decision.PolicyMatch.by(Decision.PolicyOutcome.EXPLICIT_DENY, s, i);
            }
            if (allow == null) {
                allow = s;
                allowIndex = i;
            }
        }
        return allow == null
                ? Decision.PolicyMatch.of(Decision.PolicyOutcome.IMPLICIT_DENY)
                : Decision.PolicyMatch.by(Decision.PolicyOutcome.ALLOWED, allow, allowIndex);
    }

    private static boolean applies(Policy.Statement s, RequestContext r) {
        boolean principal =
                s.principals().isEmpty()
                        || s.principals().stream().anyMatch(p -> wildcard(p, r.principal(), false));
        boolean action =
                s.notActions().isEmpty()
                        ? s.actions().stream().anyMatch(a -> wildcard(a, r.action(), true))
                        : s.notActions().stream().noneMatch(a -> wildcard(a, r.action(), true));
        boolean resource =
                s.notResources().isEmpty()
                        ? s.resources().isEmpty()
                                || s.resources().stream()
                                        .anyMatch(x -> wildcard(x, r.resource(), false))
                        : s.notResources().stream()
                                .noneMatch(x -> wildcard(x, r.resource(), false));
        return principal
                && action
                && resource
                && s.conditions().stream().allMatch(c -> holds(c, r.keys()));
    }

    /** IAM condition operators, with {@code IfExists} and set-operator prefixes. */
    static boolean holds(Policy.Condition c, Map<String, Optional<String>> keys) {
        String op = c.operator();
        if (op.contains(":")) {
            op = op.substring(op.indexOf(':') + 1); // ForAnyValue:/ForAllValues: on a single value
        }
        boolean ifExists = op.endsWith("IfExists");
        if (ifExists) {
            op = op.substring(0, op.length() - "IfExists".length());
        }
        Optional<String> value = lookup(keys, c.key());
        if (op.equals("Null")) {
            boolean wantAbsent = c.values().stream().anyMatch(v -> v.equalsIgnoreCase("true"));
            return wantAbsent == value.isEmpty();
        }
        boolean negated = op.contains("Not");
        if (value.isEmpty()) {
            return ifExists || negated; // R-POL-5
        }
        String v = value.get();
        return switch (op) {
            case "StringEquals", "ArnEquals" -> c.values().contains(v);
            case "StringNotEquals", "ArnNotEquals" -> !c.values().contains(v);
            case "StringEqualsIgnoreCase" -> c.values().stream().anyMatch(v::equalsIgnoreCase);
            case "StringNotEqualsIgnoreCase" -> c.values().stream().noneMatch(v::equalsIgnoreCase);
            case "StringLike", "ArnLike" ->
                    c.values().stream().anyMatch(p -> wildcard(p, v, false));
            case "StringNotLike", "ArnNotLike" ->
                    c.values().stream().noneMatch(p -> wildcard(p, v, false));
            case "IpAddress" -> c.values().stream().anyMatch(p -> inRange(p, v));
            case "NotIpAddress" -> c.values().stream().noneMatch(p -> inRange(p, v));
            case "Bool" -> c.values().stream().anyMatch(v::equalsIgnoreCase);
            default -> false; // an operator the lab does not model never grants anything
        };
    }

    private static Optional<String> lookup(Map<String, Optional<String>> keys, String key) {
        for (Map.Entry<String, Optional<String>> e : keys.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) { // condition key names are case-insensitive
                return e.getValue();
            }
        }
        return Optional.empty();
    }

    private static boolean inRange(String cidrOrIp, String address) {
        Optional<IpAddress> ip = IpAddress.tryParse(address);
        if (ip.isEmpty()) {
            return false;
        }
        String text =
                cidrOrIp.contains("/")
                        ? cidrOrIp
                        : cidrOrIp + (cidrOrIp.contains(":") ? "/128" : "/32");
        return Cidr.tryParse(text).map(c -> c.contains(ip.get())).orElse(false);
    }

    /**
     * IAM wildcards: {@code *} any run, {@code ?} one character. Matched by the classic greedy
     * two-pointer walk, which backtracks only to the last {@code *}: at most pattern length times
     * value length steps, never the exponential time of a backtracking regular expression (a policy
     * such as {@code *a*a*a*a*a*a*a*a*b} is hostile input a lab file may hold).
     */
    static boolean wildcard(String pattern, String value, boolean ignoreCase) {
        int p = 0;
        int v = 0;
        int star = -1; // position in the pattern just after the last '*'
        int resume = 0; // position in the value that '*' is taken to cover up to
        while (v < value.length()) {
            if (p < pattern.length()
                    && pattern.charAt(p) != '*'
                    && (pattern.charAt(p) == '?'
                            || same(pattern.charAt(p), value.charAt(v), ignoreCase))) {
                p++;
                v++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = ++p;
                resume = v;
            } else if (star >= 0) {
                p = star;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b
                || ignoreCase
                        && (Character.toLowerCase(a) == Character.toLowerCase(b)
                                || Character.toUpperCase(a) == Character.toUpperCase(b));
    }

    /** The ARN an instance's IAM role signs requests with. */
    static String roleArn(String account, String role) {
        return "arn:aws:iam::" + account + ":role/" + role;
    }

    /** Keeps the list of condition keys in a stable order for display. */
    static List<String> displayKeys() {
        return List.of("aws:SourceVpce", "aws:SourceVpc", "aws:VpcSourceIp", "aws:SourceIp");
    }
}
