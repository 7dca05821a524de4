package dev.vpclab.reach;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of the matrix (its sources or its destinations) grouped as a person reads a network:
 * each VPC with its subnets, then the components outside every VPC (on-premises hosts by their
 * network, internet hosts, AWS services). The members are reordered so that every group is one
 * contiguous range of positions, which is what lets a group collapse into one row or column.
 */
public final class ReachAxis {
    /** What a group stands for. */
    public enum GroupKind {
        VPC,
        SUBNET,
        ON_PREMISES,
        INTERNET,
        AWS_SERVICES,
        OTHER
    }

    /**
     * A group of members at positions {@code [start, end)} of the axis; top-level groups have level
     * 0, a VPC's subnets level 1.
     *
     * @param id the VPC, subnet or on-premises network id; {@code internet}, {@code services} or
     *     {@code other} for the groups outside every VPC that no component names
     */
    public record Group(String id, GroupKind kind, int level, int start, int end) {
        public Group {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }

        /** How many members the group has. */
        public int size() {
            return end - start;
        }

        /** A key unique on the axis (a subnet and a VPC never share an id, but be sure). */
        public String key() {
            return kind + ":" + id;
        }
    }

    private final List<String> members; // by position
    private final int[] indices; // position -> index in the table's list
    private final List<Group> groups; // top-level first at each start, in position order
    private final Map<String, Group> byKey = new LinkedHashMap<>();
    private final int[] topAt; // position -> index in groups of its top-level group
    private final int[] subAt; // position -> index in groups of its subgroup, or -1

    private ReachAxis(List<String> members, int[] indices, List<Group> groups) {
        this.members = List.copyOf(members);
        this.indices = indices;
        this.groups = List.copyOf(groups);
        this.topAt = new int[members.size()];
        this.subAt = new int[members.size()];
        java.util.Arrays.fill(subAt, -1);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            byKey.put(group.key(), group);
            int[] into = group.level() == 0 ? topAt : subAt;
            for (int p = group.start(); p < group.end(); p++) {
                into[p] = g;
            }
        }
    }

    /**
     * Groups {@code ids} (a table's sources or destinations, in the table's order) by where they
     * sit in {@code lab}. An interface endpoint in several subnets is shown under its first.
     */
    public static ReachAxis of(Lab lab, List<String> ids) {
        Objects.requireNonNull(lab, "lab");
        Map<String, String> subnetVpc = new HashMap<>();
        List<String> vpcOrder = new ArrayList<>();
        Map<String, List<String>> subnetsOf = new LinkedHashMap<>();
        for (Component c : lab.components()) {
            if (c instanceof Vpc v) {
                vpcOrder.add(v.id());
            }
        }
        for (Component c : lab.components()) {
            if (c instanceof Subnet s) {
                subnetVpc.put(s.id(), s.vpc());
                subnetsOf.computeIfAbsent(s.vpc(), k -> new ArrayList<>()).add(s.id());
                if (!vpcOrder.contains(s.vpc())) {
                    vpcOrder.add(s.vpc());
                }
            }
        }
        // place: top group key -> (sub group id or "" for direct members) -> indices
        Map<String, Map<String, List<Integer>>> placed = new LinkedHashMap<>();
        Map<String, Group> kinds = new HashMap<>();
        for (String vpc : vpcOrder) {
            Map<String, List<Integer>> subs = new LinkedHashMap<>();
            for (String s : subnetsOf.getOrDefault(vpc, List.of())) {
                subs.put(s, new ArrayList<>());
            }
            subs.put("", new ArrayList<>());
            placed.put(GroupKind.VPC + ":" + vpc, subs);
            kinds.put(GroupKind.VPC + ":" + vpc, new Group(vpc, GroupKind.VPC, 0, 0, 0));
        }
        List<String> outsideOrder = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Optional<Component> c = lab.component(id);
            String vpc = null;
            String subnet = "";
            GroupKind outside = GroupKind.OTHER;
            String outsideId = "other";
            if (c.isPresent() && c.get() instanceof Instance in) {
                subnet = in.subnet();
                vpc = subnetVpc.get(in.subnet());
            } else if (c.isPresent() && c.get() instanceof InterfaceEndpoint e) {
                vpc = e.vpc();
                subnet = e.subnets().isEmpty() ? "" : e.subnets().get(0);
            } else if (c.isPresent() && c.get() instanceof OnPremisesHost h) {
                outside = GroupKind.ON_PREMISES;
                outsideId = h.network();
            } else if (c.isPresent() && c.get() instanceof InternetHost) {
                outside = GroupKind.INTERNET;
                outsideId = "internet";
            } else if (c.isPresent() && c.get() instanceof AwsService) {
                outside = GroupKind.AWS_SERVICES;
                outsideId = "services";
            }
            String key;
            if (vpc != null && placed.containsKey(GroupKind.VPC + ":" + vpc)) {
                key = GroupKind.VPC + ":" + vpc;
                Map<String, List<Integer>> subs = placed.get(key);
                subs.computeIfAbsent(subs.containsKey(subnet) ? subnet : "", k -> new ArrayList<>())
                        .add(i);
                continue;
            }
            key = outside + ":" + outsideId;
            if (!placed.containsKey(key)) {
                placed.put(key, new LinkedHashMap<>());
                placed.get(key).put("", new ArrayList<>());
                kinds.put(key, new Group(outsideId, outside, 0, 0, 0));
                outsideOrder.add(key);
            }
            placed.get(key).get("").add(i);
        }
        // VPCs first, then what is outside them in the order of the kinds.
        List<String> order = new ArrayList<>();
        placed.keySet().stream().filter(k -> k.startsWith(GroupKind.VPC + ":")).forEach(order::add);
        for (GroupKind k : GroupKind.values()) {
            outsideOrder.stream().filter(key -> kinds.get(key).kind() == k).forEach(order::add);
        }
        List<String> members = new ArrayList<>();
        int[] indices = new int[ids.size()];
        List<Group> groups = new ArrayList<>();
        for (String key : order) {
            Group top = kinds.get(key);
            int start = members.size();
            List<Group> subs = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : placed.get(key).entrySet()) {
                int subStart = members.size();
                for (int i : e.getValue()) {
                    indices[members.size()] = i;
                    members.add(ids.get(i));
                }
                if (!e.getKey().isEmpty() && members.size() > subStart) {
                    subs.add(new Group(e.getKey(), GroupKind.SUBNET, 1, subStart, members.size()));
                }
            }
            if (members.size() > start) {
                groups.add(new Group(top.id(), top.kind(), 0, start, members.size()));
                groups.addAll(subs);
            }
        }
        return new ReachAxis(members, indices, groups);
    }

    /** The members in the axis's order (grouped). */
    public List<String> members() {
        return members;
    }

    /** How many members the axis has. */
    public int size() {
        return members.size();
    }

    /** The table index (row or column) of the member at a position. */
    public int index(int position) {
        return indices[position];
    }

    /** Every group with at least one member: each top-level group followed by its subgroups. */
    public List<Group> groups() {
        return groups;
    }

    /** The group with this {@link Group#key()}. */
    public Optional<Group> group(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The groups a position lies in, top level first. */
    public List<Group> groupsAt(int position) {
        Objects.checkIndex(position, members.size());
        return subAt[position] < 0
                ? List.of(groups.get(topAt[position]))
                : List.of(groups.get(topAt[position]), groups.get(subAt[position]));
    }

    /** The VPC a position lies in, if any. */
    public Optional<String> vpcAt(int position) {
        return groupsAt(position).stream()
                .filter(g -> g.kind() == GroupKind.VPC)
                .map(Group::id)
                .findFirst();
    }

    /** The subnet a position lies in, if any. */
    public Optional<String> subnetAt(int position) {
        return groupsAt(position).stream()
                .filter(g -> g.kind() == GroupKind.SUBNET)
                .map(Group::id)
                .findFirst();
    }
}
