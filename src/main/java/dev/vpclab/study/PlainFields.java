package dev.vpclab.study;

import dev.vpclab.i18n.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one map of plain values (as {@link dev.vpclab.model.Lab#extras()} holds
 * them), recording an error that names the field for each one that is missing or of the wrong type.
 * The path is the field's place in the file, such as {@code challenge.goals[1].blocked}.
 */
final class PlainFields {
    private final String path;
    private final Map<?, ?> map;
    private final List<Message> errors;

    PlainFields(String path, Map<?, ?> map, List<Message> errors) {
        this.path = path;
        this.map = map;
        this.errors = errors;
    }

    /** The fields of a value that must be a map, or empty (with an error) when it is not. */
    static Optional<PlainFields> of(String path, Object value, List<Message> errors) {
        if (value instanceof Map<?, ?> m) {
            return Optional.of(new PlainFields(path, m, errors));
        }
        errors.add(Message.of("study.read.notMap", path));
        return Optional.empty();
    }

    String path() {
        return path;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Optional<Object> raw(String key) {
        return Optional.ofNullable(map.get(key));
    }

    /** Reports keys outside {@code allowed}: a file must not say what the reader would ignore. */
    void onlyKeys(Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                errors.add(
                        Message.of(
                                "study.read.unknownField",
                                at(String.valueOf(key)),
                                String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
    }

    Optional<String> text(String key) {
        Object v = map.get(key);
        if (v == null) {
            errors.add(Message.of("study.read.missing", at(key)));
            return Optional.empty();
        }
        return asText(key, v);
    }

    Optional<String> optText(String key) {
        Object v = map.get(key);
        return v == null ? Optional.empty() : asText(key, v);
    }

    private Optional<String> asText(String key, Object v) {
        if (v instanceof Map || v instanceof List) {
            errors.add(Message.of("study.read.notText", at(key)));
            return Optional.empty();
        }
        return Optional.of(String.valueOf(v));
    }

    Optional<Integer> optInteger(String key, int min, int max) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Integer i && i >= min && i <= max) {
            return Optional.of(i);
        }
        if (v instanceof String s && s.trim().matches("\\d{1,9}")) {
            int i = Integer.parseInt(s.trim());
            if (i >= min && i <= max) {
                return Optional.of(i);
            }
        }
        errors.add(Message.of("study.read.notInteger", at(key), min, max));
        return Optional.empty();
    }

    Optional<BigDecimal> decimal(String key) {
        Object v = map.get(key);
        if (v == null) {
            errors.add(Message.of("study.read.missing", at(key)));
            return Optional.empty();
        }
        try {
            BigDecimal d =
                    v instanceof Number || v instanceof String
                            ? new BigDecimal(String.valueOf(v).trim())
                            : null;
            if (d != null && d.signum() >= 0) {
                return Optional.of(d);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Message.of("study.read.notAmount", at(key)));
        return Optional.empty();
    }

    Optional<List<?>> list(String key) {
        Object v = map.get(key);
        if (v == null) {
            errors.add(Message.of("study.read.missing", at(key)));
            return Optional.empty();
        }
        if (v instanceof List<?> l) {
            return Optional.of(l);
        }
        errors.add(Message.of("study.read.notList", at(key)));
        return Optional.empty();
    }

    Optional<PlainFields> object(String key) {
        Object v = map.get(key);
        if (v == null) {
            errors.add(Message.of("study.read.missing", at(key)));
            return Optional.empty();
        }
        return of(at(key), v, errors);
    }

    /** A text in English and Korean: {@code {en: ..., ko: ...}}, both required and not blank. */
    Optional<LocalizedText> localized(String key) {
        Optional<PlainFields> o = object(key);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        return o.get().localizedHere();
    }

    /** This map as a text in English and Korean. */
    Optional<LocalizedText> localizedHere() {
        onlyKeys(Set.of("en", "ko"));
        Optional<String> en = text("en");
        Optional<String> ko = text("ko");
        if (en.isEmpty() || ko.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        if (en.get().isBlank()) {
            errors.add(Message.of("study.read.blank", at("en")));
            ok = false;
        }
        if (ko.get().isBlank()) {
            errors.add(Message.of("study.read.blank", at("ko")));
            ok = false;
        }
        return ok
                ? Optional.of(new LocalizedText(en.get().strip(), ko.get().strip()))
                : Optional.empty();
    }

    void error(Message m) {
        errors.add(m);
    }
}
