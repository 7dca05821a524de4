package dev.vpclab.model;

import java.util.Objects;

/** An AWS Region that the lab uses, such as {@code us-east-1}. */
public record Region(String id) implements Component {
    public Region {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.REGION;
    }
}
