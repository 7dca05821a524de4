package dev.vpclab.cli;

import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Where each component of a lab sits: its own id, its subnets and its VPC. */
final class Placement {
    /** The group of components outside every VPC (hosts, AWS services). */
    static final String OUTSIDE = "(outside)";

    private final Map<String, List<String>> places = new HashMap<>();
    private final Map<String, String> vpcs = new HashMap<>();

    Placement(Lab lab) {
        Map<String, String> subnetVpc = new HashMap<>();
        for (Component c : lab.components()) {
            if (c instanceof Subnet s) {
                subnetVpc.put(s.id(), s.vpc());
            }
        }
        for (Component c : lab.components()) {
            List<String> where = new ArrayList<>();
            where.add(c.id());
            if (c instanceof Instance i) {
                where.add(i.subnet());
                String vpc = subnetVpc.get(i.subnet());
                if (vpc != null) {
                    where.add(vpc);
                    vpcs.put(c.id(), vpc);
                }
            } else if (c instanceof InterfaceEndpoint e) {
                where.addAll(e.subnets());
                where.add(e.vpc());
                vpcs.put(c.id(), e.vpc());
            }
            places.put(c.id(), where);
        }
    }

    /** Components whose id, subnet or VPC is one of {@code ids}; every component when empty. */
    Predicate<String> within(List<String> ids) {
        if (ids.isEmpty()) {
            return id -> true;
        }
        Set<String> wanted = Set.copyOf(ids);
        return id -> places.getOrDefault(id, List.of(id)).stream().anyMatch(wanted::contains);
    }

    /** The VPC of a component, or {@link #OUTSIDE}. */
    String vpc(String id) {
        return vpcs.getOrDefault(id, OUTSIDE);
    }
}
