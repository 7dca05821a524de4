package dev.vpclab.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference fields of each kind by record component, as rename and paste need them: a record
 * component holding several reference fields ({@code routes}: a destination prefix list and a
 * target) may point to any of their kinds. Derived from {@link KindDescriptor}, the one description
 * of each kind; rename and paste rewrite only these fields, and only when the renamed component is
 * of a kind the field may point to: a gateway endpoint's {@code service: s3} names an AWS service,
 * it is not a reference to a component whose id happens to be {@code s3}.
 */
public final class ReferenceFields {
    private ReferenceFields() {}

    /**
     * One record component holding references: its name and the kinds they may point to. A field
     * holding records (routes, rules, ENIs, policies) is searched at every depth.
     */
    public record Field(String name, Set<ComponentKind> targets) {
        public Field {
            targets = Set.copyOf(targets);
        }

        /** Whether a component of {@code kind} may be named by this field. */
        public boolean mayPointTo(ComponentKind kind) {
            return targets.contains(kind);
        }
    }

    /** The reference fields of a kind, in record order. */
    public static List<Field> of(ComponentKind kind) {
        Map<String, Set<ComponentKind>> byComponent = new LinkedHashMap<>();
        for (ReferenceField f : KindDescriptor.of(kind).fields()) {
            byComponent
                    .computeIfAbsent(f.recordComponent(), k -> EnumSet.noneOf(ComponentKind.class))
                    .addAll(f.targets());
        }
        List<Field> out = new ArrayList<>();
        byComponent.forEach((name, targets) -> out.add(new Field(name, targets)));
        return List.copyOf(out);
    }

    /** The field of {@code kind} with this record component name, if it is a reference. */
    public static Optional<Field> find(ComponentKind kind, String name) {
        return of(kind).stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
