package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Reference;
import dev.vpclab.model.ReferenceField.OnDelete;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deleting components together with what cannot exist without them: a VPC takes its subnets, route
 * tables, ACLs, security groups, gateways and endpoints; a subnet its instances and NAT gateways.
 * References held in lists (a route to a deleted NAT gateway, a deleted security group in an
 * instance's list) are removed instead. A subnet whose route table or ACL goes is associated with
 * the VPC's main one, as AWS does. Which reference does what is each kind's {@link KindDescriptor}.
 */
public final class Deletion {
    private Deletion() {}

    /** What a delete of {@code ids} removes: the ids themselves first, then their dependents. */
    public static Set<String> plan(Lab lab, Set<String> ids) {
        Objects.requireNonNull(lab, "lab");
        Set<String> gone = new LinkedHashSet<>();
        for (String id : ids) {
            if (lab.component(id).isPresent()) {
                gone.add(id);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Component c : lab.components()) {
                if (!gone.contains(c.id()) && needsAny(c, gone)) {
                    gone.add(c.id());
                    grew = true;
                }
            }
        }
        return gone;
    }

    /** The dependents only: what goes besides the chosen components (for the confirmation). */
    public static List<String> dependents(Lab lab, Set<String> ids) {
        List<String> out = new ArrayList<>(plan(lab, ids));
        out.removeAll(ids);
        return out;
    }

    // A component goes with a target its descriptor says it cannot exist without (CASCADE); the
    // region and a subnet's route table and ACL are not such needs.
    private static boolean needsAny(Component c, Set<String> gone) {
        for (Reference r : KindDescriptor.referencesOf(c)) {
            if (r.field().onDelete() == OnDelete.CASCADE && gone.contains(r.target())) {
                return true;
            }
        }
        return false;
    }

    /** The edit deleting the components and their dependents. */
    public static LabEdit delete(Lab lab, Set<String> ids) {
        Set<String> chosen = Set.copyOf(ids);
        Message label =
                chosen.size() == 1
                        ? lab.component(chosen.iterator().next())
                                .map(c -> Message.of("edit.delete." + c.kind().fileName()))
                                .orElse(Message.of("edit.delete.many", 1))
                        : Message.of("edit.delete.many", chosen.size());
        return LabEdit.of(label, l -> apply(l, chosen));
    }

    private static Lab apply(Lab lab, Set<String> ids) {
        Set<String> gone = plan(lab, ids);
        if (gone.isEmpty()) {
            return lab;
        }
        List<Component> kept = new ArrayList<>();
        for (Component c : lab.components()) {
            if (!gone.contains(c.id())) {
                kept.add(c);
            }
        }
        Lab partial = lab.withComponents(kept);
        List<Component> fixed = new ArrayList<>();
        for (Component c : kept) {
            Component d = dropReferences(c, gone);
            if (d instanceof Subnet s) {
                d = reassociate(partial, s, gone);
            }
            fixed.add(d);
        }
        Map<String, LayoutBox> layout = new LinkedHashMap<>(lab.layout());
        layout.keySet().removeAll(gone);
        List<Flow> flows =
                lab.flows().stream()
                        .filter(f -> !gone.contains(f.from()) && !gone.contains(f.to()))
                        .toList();
        return lab.withComponents(fixed).withLayout(layout).withFlows(flows);
    }

    /**
     * The component without the list elements (routes, rules, members) that name one of {@code
     * gone} in a field its descriptor marks {@link OnDelete#DROP}; other fields are kept.
     */
    public static Component dropReferences(Component c, Set<String> gone) {
        KindDescriptor d = KindDescriptor.of(c);
        RecordComponent[] rcs = c.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        boolean changed = false;
        for (int i = 0; i < rcs.length; i++) {
            Object old = References.read(rcs[i], c);
            boolean drops =
                    d.fieldsIn(rcs[i].getName()).stream()
                            .anyMatch(f -> f.onDelete() == OnDelete.DROP);
            args[i] = drops ? References.dropMentions(old, gone) : old;
            changed |= args[i] != old;
        }
        return changed ? (Component) References.construct(c.getClass(), rcs, args) : c;
    }

    /** A subnet whose route table or ACL goes falls back to the VPC's main one (FALLBACK). */
    private static Subnet reassociate(Lab lab, Subnet s, Set<String> gone) {
        String rt = s.routeTable();
        String acl = s.nacl();
        if (gone.contains(rt)) {
            rt = Defaults.mainRouteTableOf(lab, s.vpc()).map(RouteTable::id).orElse(rt);
        }
        if (gone.contains(acl)) {
            acl = Defaults.defaultNaclOf(lab, s.vpc()).map(NetworkAcl::id).orElse(acl);
        }
        if (rt.equals(s.routeTable()) && acl.equals(s.nacl())) {
            return s;
        }
        return s.withRouteTable(rt).withNacl(acl);
    }
}
