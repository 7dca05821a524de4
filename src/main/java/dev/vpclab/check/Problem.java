package dev.vpclab.check;

import dev.vpclab.i18n.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in a lab file or lab: a code (one of the lab format's {@code validationCodes},
 * or one of ours such as {@code DANGLING_REFERENCE}), the component and field it concerns, where
 * in the file it is, and a message for a person.
 *
 * @param field the field path inside the component, for example {@code routes[2].target}
 */
public record Problem(
        Severity severity,
        String code,
        Optional<String> component,
        Optional<String> field,
        Optional<SourceLocation> location,
        Message message) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** An error about a field of a component, with no location yet. */
    public static Problem error(String code, String component, String field, Message message) {
        return new Problem(
                Severity.ERROR,
                code,
                Optional.ofNullable(component),
                Optional.ofNullable(field),
                Optional.empty(),
                message);
    }

    /** A warning about a field of a component, with no location yet. */
    public static Problem warning(String code, String component, String field, Message message) {
        return new Problem(
                Severity.WARNING,
                code,
                Optional.ofNullable(component),
                Optional.ofNullable(field),
                Optional.empty(),
                message);
    }

    /** The same problem placed in a file. */
    public Problem at(SourceLocation where) {
        return new Problem(severity, code, component, field, Optional.of(where), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One line for a person: {@code file:line:col: error CODE [component.field]: message}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        location.ifPresent(l -> sb.append(l).append(": "));
        sb.append(severity).append(' ').append(code);
        if (component.isPresent() || field.isPresent()) {
            sb.append(" [")
                    .append(component.orElse(""))
                    .append(field.map(f -> component.isPresent() ? "." + f : f).orElse(""))
                    .append(']');
        }
        return sb.append(": ").append(message.english()).toString();
    }
}
