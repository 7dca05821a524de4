package dev.vpclab.edit;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.Optional;
import java.util.Set;

/** Builds labs the way a user does: by dropping components from the palette. */
final class Labs {
    private Labs() {}

    static Lab drop(Lab lab, ComponentKind kind, double x, double y) {
        Optional<String> container = Diagram.of(lab).containerAt(new Point(x, y), Set.of());
        return AddComponent.attempt(lab, kind, new Point(x, y), container)
                .allowedEdit()
                .orElseThrow(() -> new AssertionError("drop of " + kind + " refused"))
                .apply(lab);
    }

    /** A VPC at (300, 300), a subnet in it, an instance in the subnet. */
    static Lab vpcSubnetInstance() {
        Lab lab = drop(Lab.empty("t", "us-east-1"), ComponentKind.VPC, 300, 300);
        lab = drop(lab, ComponentKind.SUBNET, 250, 250);
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        return drop(lab, ComponentKind.INSTANCE, subnet.center().x(), subnet.center().y());
    }
}
