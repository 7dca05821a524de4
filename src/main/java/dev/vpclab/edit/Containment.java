package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.KindDescriptor.Place;
import dev.vpclab.model.Lab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where each kind of component may sit, as AWS allows: a subnet inside a VPC; an instance, NAT
 * gateway, interface endpoint network interface or load balancer node inside a subnet; route
 * tables, ACLs, security groups and gateways with their VPC; services, on-premises networks and
 * hosts on the internet outside every VPC. The places are those of {@link KindDescriptor}.
 */
public final class Containment {
    private Containment() {}

    /** Kinds drawn as boxes that hold other components. */
    public static boolean isContainer(ComponentKind kind) {
        return KindDescriptor.of(kind).container();
    }

    /** Kinds drawn on the edge of their VPC. */
    public static boolean isOnVpcEdge(ComponentKind kind) {
        return KindDescriptor.of(kind).onVpcEdge();
    }

    /** What a kind needs around it on the canvas. */
    public static Place placeOf(ComponentKind kind) {
        return KindDescriptor.of(kind).place();
    }

    /** The container a component sits in, from its references. */
    public static Optional<String> parentOf(Component c) {
        Objects.requireNonNull(c, "component");
        return KindDescriptor.parentOf(c);
    }

    /** The container of each component that has one present in the lab, by child id. */
    public static Map<String, String> parents(Lab lab) {
        Map<String, String> out = new HashMap<>();
        for (Component c : lab.components()) {
            parentOf(c)
                    .filter(p -> lab.component(p).isPresent() && !p.equals(c.id()))
                    .ifPresent(p -> out.put(c.id(), p));
        }
        return out;
    }

    /** The ids inside the given ones, at any depth, not including them. */
    public static Set<String> descendants(Lab lab, Set<String> ids) {
        Map<String, List<String>> children = new HashMap<>();
        parents(lab)
                .forEach(
                        (child, parent) ->
                                children.computeIfAbsent(parent, k -> new ArrayList<>())
                                        .add(child));
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            for (String child : children.getOrDefault(id, List.of())) {
                if (!ids.contains(child) && out.add(child)) {
                    todo.add(child);
                }
            }
        }
        return out;
    }

    /** The nesting depth: 0 on the canvas, 1 in a VPC, 2 in a subnet. */
    public static int depth(Map<String, String> parents, String id) {
        int d = 0;
        String p = parents.get(id);
        while (p != null && d < 16) {
            d++;
            p = parents.get(p);
        }
        return d;
    }

    /**
     * Whether a new component of this kind may be dropped into {@code container} (empty: the bare
     * canvas); empty when allowed, else the reason AWS gives.
     */
    public static Optional<Message> refusal(
            Lab lab, ComponentKind kind, Optional<String> container) {
        Objects.requireNonNull(kind, "kind");
        Optional<ComponentKind> target = container.flatMap(lab::component).map(Component::kind);
        String name = kind.fileName();
        return switch (placeOf(kind)) {
            case IN_VPC ->
                    target.filter(k -> k == ComponentKind.VPC).isPresent()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.needsVpc", name));
            case IN_SUBNET ->
                    target.filter(k -> k == ComponentKind.SUBNET).isPresent()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.needsSubnet", name));
            case IN_ON_PREMISES ->
                    target.filter(k -> k == ComponentKind.ON_PREMISES).isPresent()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.needsOnPremises"));
            case OUTSIDE ->
                    target.isEmpty()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.outside", name));
        };
    }
}
