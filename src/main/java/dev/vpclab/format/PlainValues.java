package dev.vpclab.format;

import dev.vpclab.format.TreeNode.Entry;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Scalar;
import dev.vpclab.format.TreeNode.Sequence;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a tree into plain Java values (ordered maps, lists, strings, numbers, booleans and {@code
 * null}) for the top-level keys a lab carries through unchanged, such as a scenario's {@code
 * expect}. Values the writer prints back read as equal values.
 */
final class PlainValues {
    private PlainValues() {}

    static Object of(TreeNode node) {
        if (node instanceof Scalar s) {
            return scalar(s);
        }
        if (node instanceof Sequence seq) {
            List<Object> out = new ArrayList<>(seq.items().size());
            for (TreeNode item : seq.items()) {
                out.add(of(item));
            }
            return Collections.unmodifiableList(out);
        }
        Mapping map = (Mapping) node;
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : map.entries().values()) {
            out.put(e.key().text(), of(e.value()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object scalar(Scalar s) {
        String t = s.text().trim();
        switch (s.type()) {
            case NULL:
                return null;
            case BOOL:
                String b = t.toLowerCase(Locale.ROOT);
                return b.equals("true") || b.equals("yes") || b.equals("on") || b.equals("y");
            case INT:
                return integer(t.replace("_", ""), s.text());
            case FLOAT:
                return decimal(t.replace("_", "").toLowerCase(Locale.ROOT), s.text());
            default:
                return s.text();
        }
    }

    /** Decimal integers as Integer, Long or BigInteger; other YAML 1.1 forms stay text. */
    private static Object integer(String t, String original) {
        if (!t.matches("[+-]?(0|[1-9]\\d*)")) {
            return original;
        }
        BigInteger big = new BigInteger(t);
        if (big.bitLength() < 32) {
            return big.intValue();
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private static Object decimal(String t, String original) {
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals(".nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return original;
        }
    }
}
