package dev.vpclab.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One field of a component kind that names other components, as {@link KindDescriptor} lists it:
 * where it is ({@code path}, {@code []} standing for each element of a list), which kinds it may
 * point to, how the checker treats it, whether the target must live in the owner's VPC, what a
 * delete of the target does to the owner, and the line the diagram draws for it.
 *
 * @param path the field in the lab file, {@code routes[].target} for a field of each list element
 * @param targets the kinds the field may point to
 * @param check how the checker treats the value
 * @param scope whether the target must be in the owner's VPC
 * @param onDelete what deleting the target does to the owner
 * @param line the line the diagram draws from the owner to the target, if any
 */
public record ReferenceField(
        String path,
        Set<ComponentKind> targets,
        Check check,
        Scope scope,
        OnDelete onDelete,
        Optional<LineKind> line) {

    /** How the checker treats the value of a reference field. */
    public enum Check {
        /** It must name an existing component of one of the target kinds. */
        REQUIRED,
        /**
         * It may be a name rather than an id (an interface endpoint's {@code service} is an AWS
         * service name or an endpoint service's id): checked only when it looks like an id of a
         * target kind or names a component of one.
         */
        WHEN_ID,
        /**
         * Not checked as a reference: a Region is named, not drawn; a policy's condition values may
         * name resources outside the lab; a network ACL's prefix list is flagged by the rule check
         * (AWS refuses it).
         */
        NAMED
    }

    /** Whether the target must be in the owner's own VPC, as AWS requires for attachments. */
    public enum Scope {
        ANY,
        OWN_VPC
    }

    /** What deleting the target does to the component holding the reference. */
    public enum OnDelete {
        /** The owner cannot exist without the target and goes with it. */
        CASCADE,
        /** The list element (route, rule, member) naming the target is removed. */
        DROP,
        /** The owner falls back to its VPC's default (main route table, default ACL). */
        FALLBACK_TO_DEFAULT,
        /** Nothing changes: the value is a name. */
        KEEP
    }

    public ReferenceField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(line, "line");
        targets = Set.copyOf(targets);
    }

    /**
     * A required reference to one of the kinds; a single value goes with its target on delete, a
     * list element ({@code []} in the path) is dropped.
     */
    public static ReferenceField to(String path, ComponentKind first, ComponentKind... rest) {
        return to(path, EnumSet.of(first, rest));
    }

    /** The same, to a set of kinds. */
    public static ReferenceField to(String path, Set<ComponentKind> targets) {
        return new ReferenceField(
                path,
                targets,
                Check.REQUIRED,
                Scope.ANY,
                path.contains("[]") ? OnDelete.DROP : OnDelete.CASCADE,
                Optional.empty());
    }

    /** A field whose value is a name that may equal an id; rename follows it, nothing else. */
    public static ReferenceField named(String path, Set<ComponentKind> targets) {
        return new ReferenceField(
                path, targets, Check.NAMED, Scope.ANY, OnDelete.KEEP, Optional.empty());
    }

    /** This field, with a target that must live in the owner's VPC. */
    public ReferenceField inOwnVpc() {
        return new ReferenceField(path, targets, check, Scope.OWN_VPC, onDelete, line);
    }

    /**
     * Whether a value of a {@link Check#WHEN_ID} field is written as an id, so that it must name a
     * component: an endpoint service is named by its id ({@code vpce-svc-...}), an AWS service by
     * its name.
     */
    public static boolean writtenAsId(String value) {
        return value.startsWith("vpce-svc-");
    }

    /** This field, checked only when its value is an id. */
    public ReferenceField whenId() {
        return new ReferenceField(path, targets, Check.WHEN_ID, scope, onDelete, line);
    }

    /** This field, with another effect of a delete. */
    public ReferenceField onDelete(OnDelete effect) {
        return new ReferenceField(path, targets, check, scope, effect, line);
    }

    /** This field, drawn as a line of this kind. */
    public ReferenceField drawn(LineKind kind) {
        return new ReferenceField(path, targets, check, scope, onDelete, Optional.of(kind));
    }

    /** The record component that holds the field: {@code routes} for {@code routes[].target}. */
    public String recordComponent() {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '[' || ch == '.') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }

    /** Whether a component of {@code kind} may be named by this field. */
    public boolean mayPointTo(ComponentKind kind) {
        return targets.contains(kind);
    }

    /** The path with each {@code []} replaced by the given list positions, in order. */
    public String at(int... indexes) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int from = 0;
        int i;
        while ((i = path.indexOf("[]", from)) >= 0) {
            out.append(path, from, i).append('[').append(indexes[next++]).append(']');
            from = i + 2;
        }
        return out.append(path.substring(from)).toString();
    }
}
