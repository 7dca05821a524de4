package dev.vpclab.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the intrinsic functions of a CloudFormation template: {@code Ref} (parameters with
 * their defaults, pseudo parameters, resources), {@code Fn::Sub} (both forms), {@code Fn::GetAtt}
 * (both forms), {@code Fn::Select}, {@code Fn::GetAZs}, {@code Fn::Join}, {@code Fn::Split}, {@code
 * Fn::Cidr}, {@code Fn::FindInMap}, {@code Fn::If} with the conditions, {@code Fn::Base64} and
 * {@code Fn::ToJsonString}.
 *
 * <p>What cannot be evaluated (a parameter without a default, {@code Fn::ImportValue}, an attribute
 * only AWS knows such as a load balancer's DNS name) is never guessed: the smallest field or list
 * element that holds it is left out and reported with its template path.
 */
final class CloudFormationResolver {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A value that cannot be evaluated: where, and what. */
    static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;
        final String path;
        final String what;

        Unresolved(String path, String what) {
            super(what, null, false, false);
            this.path = path;
            this.what = what;
        }
    }

    /** How a resource's Ref and attributes are answered: by the importer, which knows types. */
    interface Resources {
        /** The type of a logical id, or empty when the template has no such resource. */
        Optional<String> type(String logicalId);

        /** What {@code Ref} of the resource returns. */
        JsonNode ref(String logicalId) throws Unresolved;

        /** What {@code Fn::GetAtt} of the resource returns, or an {@link Unresolved}. */
        JsonNode attribute(String logicalId, String attribute, String path) throws Unresolved;
    }

    private final JsonNode template;
    private final Map<String, JsonNode> pseudo;
    private final SourceFile file;
    private final ImportReport.Builder report;
    private Resources resources;
    private final Map<String, Boolean> conditions = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<String> assumedAzs = new HashSet<>();

    CloudFormationResolver(
            JsonNode template,
            Map<String, JsonNode> pseudo,
            SourceFile file,
            ImportReport.Builder report) {
        this.template = template;
        this.pseudo = pseudo;
        this.file = file;
        this.report = report;
    }

    void resources(Resources r) {
        this.resources = r;
    }

    /**
     * A value with its functions evaluated; a field or element that cannot be evaluated is left out
     * and reported. Returns {@link MissingNode} for a value that is not there ({@code
     * AWS::NoValue}, or unresolved as a whole).
     */
    JsonNode resolveReported(JsonNode n, String path) {
        try {
            return resolve(n, path);
        } catch (Unresolved u) {
            unresolved(u);
            return MissingNode.getInstance();
        }
    }

    void unresolved(Unresolved u) {
        if (reported.add(u.path + " " + u.what)) {
            report.add(
                    Outcome.IGNORED,
                    file.name(),
                    u.path,
                    Message.of("import.ignored.cfnUnresolved", u.what));
        }
    }

    /** A value with its functions evaluated, or an {@link Unresolved} naming where it failed. */
    JsonNode resolve(JsonNode n, String path) throws Unresolved {
        if (n == null || n.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (n.isArray()) {
            ArrayNode out = JSON.arrayNode();
            for (int i = 0; i < n.size(); i++) {
                String at = path + "[" + i + "]";
                try {
                    JsonNode v = resolve(n.get(i), at);
                    if (!v.isMissingNode()) {
                        out.add(v);
                    }
                } catch (Unresolved u) {
                    unresolved(u);
                }
            }
            return out;
        }
        if (!n.isObject()) {
            return n;
        }
        if (n.size() == 1) {
            String key = n.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
                return function(key, n.get(key), path);
            }
        }
        ObjectNode out = JSON.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            try {
                JsonNode v = resolve(e.getValue(), at);
                if (!v.isMissingNode()) {
                    out.set(e.getKey(), v);
                }
            } catch (Unresolved u) {
                unresolved(u);
            }
        }
        return out;
    }

    private JsonNode function(String fn, JsonNode arg, String path) throws Unresolved {
        String at = path + "." + fn;
        switch (fn) {
            case "Ref" -> {
                return ref(text(resolve(arg, at), at), at);
            }
            case "Condition" -> {
                return JSON.booleanNode(condition(text(arg, at), at));
            }
            case "Fn::GetAtt" -> {
                JsonNode a = resolve(arg, at);
                String res;
                String attr;
                if (a.isTextual() && a.asText().contains(".")) {
                    res = a.asText().substring(0, a.asText().indexOf('.'));
                    attr = a.asText().substring(a.asText().indexOf('.') + 1);
                } else if (a.isArray() && a.size() == 2) {
                    res = text(a.get(0), at);
                    attr = text(a.get(1), at);
                } else {
                    throw new Unresolved(at, "Fn::GetAtt needs [resource, attribute]");
                }
                return getAtt(res, attr, at);
            }
            case "Fn::Sub" -> {
                return JSON.textNode(sub(arg, at));
            }
            case "Fn::Join" -> {
                JsonNode a = resolve(arg, at);
                if (!a.isArray() || a.size() != 2 || !a.get(1).isArray()) {
                    throw new Unresolved(at, "Fn::Join needs [delimiter, [values]]");
                }
                List<String> parts = new ArrayList<>();
                for (JsonNode p : a.get(1)) {
                    parts.add(text(p, at));
                }
                return JSON.textNode(String.join(a.get(0).asText(), parts));
            }
            case "Fn::Split" -> {
                JsonNode a = resolve(arg, at);
                if (!a.isArray() || a.size() != 2) {
                    throw new Unresolved(at, "Fn::Split needs [delimiter, text]");
                }
                String delimiter = text(a.get(0), at);
                if (delimiter.isEmpty()) {
                    throw new Unresolved(at, "Fn::Split needs a delimiter");
                }
                ArrayNode out = JSON.arrayNode();
                String s = text(a.get(1), at);
                int from = 0;
                for (int i = s.indexOf(delimiter); i >= 0; i = s.indexOf(delimiter, from)) {
                    out.add(s.substring(from, i));
                    from = i + delimiter.length();
                }
                out.add(s.substring(from));
                return out;
            }
            case "Fn::Select" -> {
                JsonNode a = resolve(arg, at);
                if (!a.isArray() || a.size() != 2 || !a.get(1).isArray()) {
                    throw new Unresolved(at, "Fn::Select needs [index, [values]]");
                }
                int index;
                try {
                    index = Integer.parseInt(a.get(0).asText().trim());
                } catch (NumberFormatException e) {
                    throw new Unresolved(at, "Fn::Select needs a number as its index");
                }
                if (index < 0 || index >= a.get(1).size()) {
                    throw new Unresolved(
                            at, "Fn::Select index " + index + " of a list of " + a.get(1).size());
                }
                return a.get(1).get(index);
            }
            case "Fn::GetAZs" -> {
                String region = text(resolve(arg, at), at);
                if (region.isEmpty()) {
                    region = pseudo.get("AWS::Region").asText();
                }
                if (assumedAzs.add(region)) {
                    report.add(
                            Outcome.ASSUMED,
                            file.name(),
                            at,
                            Message.of("import.assumed.cfnGetAzs", region));
                }
                ArrayNode out = JSON.arrayNode();
                for (String z : List.of("a", "b", "c")) {
                    out.add(region + z);
                }
                return out;
            }
            case "Fn::Cidr" -> {
                return cidr(resolve(arg, at), at);
            }
            case "Fn::FindInMap" -> {
                JsonNode a = resolve(arg, at);
                if (!a.isArray() || a.size() < 3) {
                    throw new Unresolved(at, "Fn::FindInMap needs [map, key, key]");
                }
                JsonNode v =
                        template.path("Mappings")
                                .path(text(a.get(0), at))
                                .path(text(a.get(1), at))
                                .path(text(a.get(2), at));
                if (v.isMissingNode()) {
                    if (a.size() > 3 && a.get(3).has("DefaultValue")) {
                        return a.get(3).get("DefaultValue");
                    }
                    throw new Unresolved(at, "no such entry in Mappings");
                }
                return resolve(v, at);
            }
            case "Fn::If" -> {
                if (!arg.isArray() || arg.size() != 3) {
                    throw new Unresolved(at, "Fn::If needs [condition, then, else]");
                }
                boolean c = condition(text(arg.get(0), at), at);
                return resolve(arg.get(c ? 1 : 2), at + "[" + (c ? 1 : 2) + "]");
            }
            case "Fn::Equals" -> {
                JsonNode a = resolve(arg, at);
                if (!a.isArray() || a.size() != 2) {
                    throw new Unresolved(at, "Fn::Equals needs two values");
                }
                return JSON.booleanNode(a.get(0).asText().equals(a.get(1).asText()));
            }
            case "Fn::Not", "Fn::And", "Fn::Or" -> {
                JsonNode a = resolve(arg, at);
                if (!a.isArray() || a.isEmpty()) {
                    throw new Unresolved(at, fn + " needs a list of conditions");
                }
                boolean and = true;
                boolean or = false;
                for (JsonNode c : a) {
                    boolean b = c.asBoolean();
                    and &= b;
                    or |= b;
                }
                return JSON.booleanNode(
                        fn.equals("Fn::Not")
                                ? !a.get(0).asBoolean()
                                : fn.equals("Fn::And") ? and : or);
            }
            case "Fn::Base64" -> {
                return resolve(arg, at);
            }
            case "Fn::ToJsonString" -> {
                return JSON.textNode(resolve(arg, at).toString());
            }
            default -> throw new Unresolved(at, fn + " is not evaluated offline");
        }
    }

    private JsonNode ref(String name, String at) throws Unresolved {
        if (name.equals("AWS::NoValue")) {
            return MissingNode.getInstance();
        }
        if (pseudo.containsKey(name)) {
            return pseudo.get(name);
        }
        if (name.startsWith("AWS::")) {
            throw new Unresolved(at, "the pseudo parameter " + name);
        }
        JsonNode p = template.path("Parameters").path(name);
        if (!p.isMissingNode()) {
            JsonNode d = p.get("Default");
            if (d == null || d.isNull()) {
                throw new Unresolved(at, "the parameter " + name + " has no default value");
            }
            String type = p.path("Type").asText("String");
            if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
                ArrayNode out = JSON.arrayNode();
                for (String s : d.asText().split(",")) {
                    out.add(s.trim());
                }
                return out;
            }
            return d.isTextual() ? d : JSON.textNode(d.asText());
        }
        if (resources.type(name).isPresent()) {
            return resources.ref(name);
        }
        throw new Unresolved(at, "Ref " + name + ": no such parameter or resource");
    }

    private JsonNode getAtt(String res, String attr, String at) throws Unresolved {
        if (resources.type(res).isEmpty()) {
            throw new Unresolved(at, "Fn::GetAtt " + res + ": no such resource");
        }
        String key = res + "." + attr;
        if (!evaluating.add(key)) {
            throw new Unresolved(at, "Fn::GetAtt " + key + " refers to itself");
        }
        try {
            return resources.attribute(res, attr, at);
        } finally {
            evaluating.remove(key);
        }
    }

    /** Whether a named condition holds. */
    boolean condition(String name, String at) throws Unresolved {
        Boolean known = conditions.get(name);
        if (known != null) {
            return known;
        }
        JsonNode c = template.path("Conditions").path(name);
        if (c.isMissingNode()) {
            throw new Unresolved(at, "no such condition " + name);
        }
        if (!evaluating.add("Condition " + name)) {
            throw new Unresolved(at, "the condition " + name + " refers to itself");
        }
        try {
            boolean v = resolve(c, "$.Conditions." + name).asBoolean();
            conditions.put(name, v);
            return v;
        } finally {
            evaluating.remove("Condition " + name);
        }
    }

    private String sub(JsonNode arg, String at) throws Unresolved {
        String text;
        Map<String, JsonNode> vars = new HashMap<>();
        if (arg.isTextual()) {
            text = arg.asText();
        } else if (arg.isArray() && arg.size() == 2 && arg.get(0).isTextual()) {
            text = arg.get(0).asText();
            JsonNode m = arg.get(1);
            for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                vars.put(k, resolve(m.get(k), at + "[1]." + k));
            }
        } else {
            throw new Unresolved(at, "Fn::Sub needs a text or [text, {variables}]");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new Unresolved(at, "Fn::Sub: an unclosed ${");
            }
            String name = text.substring(open + 2, close);
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else if (vars.containsKey(name)) {
                out.append(vars.get(name).asText());
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                int dot = name.indexOf('.');
                out.append(text(getAtt(name.substring(0, dot), name.substring(dot + 1), at), at));
            } else {
                out.append(text(ref(name, at), at));
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** {@code Fn::Cidr [ipBlock, count, cidrBits]}: the first count blocks of 2^cidrBits. */
    private static JsonNode cidr(JsonNode a, String at) throws Unresolved {
        if (!a.isArray() || a.size() != 3) {
            throw new Unresolved(at, "Fn::Cidr needs [ipBlock, count, cidrBits]");
        }
        Optional<Cidr> block = Cidr.tryParse(a.get(0).asText());
        int count;
        int bits;
        try {
            count = Integer.parseInt(a.get(1).asText().trim());
            bits = Integer.parseInt(a.get(2).asText().trim());
        } catch (NumberFormatException e) {
            throw new Unresolved(at, "Fn::Cidr needs numbers for count and cidrBits");
        }
        if (block.isEmpty()) {
            throw new Unresolved(at, "Fn::Cidr: " + a.get(0).asText() + " is not a CIDR block");
        }
        Cidr b = block.get();
        int width = b.network().isV4() ? 32 : 128;
        int prefix = width - bits;
        if (bits < 1 || prefix < b.prefixLength() || count < 1 || count > 256) {
            throw new Unresolved(at, "Fn::Cidr: " + count + " blocks of /" + prefix + " in " + b);
        }
        long size = 1L << Math.min(bits, 62);
        if ((long) count * size > b.size() && b.network().isV4()) {
            throw new Unresolved(at, "Fn::Cidr: " + count + " blocks of /" + prefix + " in " + b);
        }
        ArrayNode out = JSON.arrayNode();
        IpAddress next = b.network();
        for (int k = 0; k < count; k++) {
            out.add(new Cidr(next, prefix).toString());
            next = next.plus(size);
        }
        return out;
    }

    /** A value that must be text (a number or true/false is taken as its text). */
    static String text(JsonNode n, String at) throws Unresolved {
        if (n == null || n.isMissingNode() || n.isNull() || n.isContainerNode()) {
            throw new Unresolved(at, "expected a text value");
        }
        return n.asText();
    }
}
