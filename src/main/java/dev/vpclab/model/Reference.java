package dev.vpclab.model;

import java.util.Objects;

/**
 * One reference a component holds: the declared field, the concrete path (with list positions, as
 * problems name it: {@code routes[2].target}) and the id it names.
 */
public record Reference(ReferenceField field, String path, String target) {
    public Reference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
    }
}
