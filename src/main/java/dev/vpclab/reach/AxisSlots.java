package dev.vpclab.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one side of the heatmap shows for a set of collapsed groups: a slot per member, except that
 * a collapsed group is one slot standing for all its members (a collapsed VPC hides its subnets'
 * state). Slots are ranges of the axis's positions, in order.
 */
public final class AxisSlots {
    /**
     * Positions {@code [start, end)} of the axis shown as one row or column; {@code group} is
     * present when the slot is a collapsed group.
     */
    public record Slot(int start, int end, Optional<ReachAxis.Group> group) {
        public Slot {
            Objects.requireNonNull(group, "group");
        }

        /** How many members the slot stands for. */
        public int size() {
            return end - start;
        }

        public boolean collapsed() {
            return group.isPresent();
        }
    }

    private final ReachAxis axis;
    private final List<Slot> slots;
    private final int[] slotOf; // position -> slot
    private final Map<String, int[]> groupSlots = new HashMap<>();

    private AxisSlots(ReachAxis axis, List<Slot> slots) {
        this.axis = axis;
        this.slots = List.copyOf(slots);
        this.slotOf = new int[axis.size()];
        for (int s = 0; s < slots.size(); s++) {
            for (int p = slots.get(s).start(); p < slots.get(s).end(); p++) {
                slotOf[p] = s;
            }
        }
        for (ReachAxis.Group g : axis.groups()) {
            if (g.size() > 0) {
                groupSlots.put(g.key(), new int[] {slotOf[g.start()], slotOf[g.end() - 1] + 1});
            }
        }
    }

    /** The slots of {@code axis} with the groups whose {@link ReachAxis.Group#key()} is given. */
    public static AxisSlots of(ReachAxis axis, Set<String> collapsed) {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(collapsed, "collapsed");
        List<Slot> slots = new ArrayList<>();
        int p = 0;
        List<ReachAxis.Group> groups = axis.groups();
        while (p < axis.size()) {
            Optional<ReachAxis.Group> folded = Optional.empty();
            // The outermost collapsed group that starts here wins.
            for (ReachAxis.Group g : groups) {
                if (g.start() == p && collapsed.contains(g.key())) {
                    folded = Optional.of(g);
                    break;
                }
            }
            if (folded.isPresent()) {
                slots.add(new Slot(p, folded.get().end(), folded));
                p = folded.get().end();
            } else {
                slots.add(new Slot(p, p + 1, Optional.empty()));
                p++;
            }
        }
        return new AxisSlots(axis, slots);
    }

    public ReachAxis axis() {
        return axis;
    }

    public List<Slot> slots() {
        return slots;
    }

    public int size() {
        return slots.size();
    }

    public Slot slot(int index) {
        return slots.get(index);
    }

    /** The slot a member's position is shown in. */
    public int slotOf(int position) {
        return slotOf[position];
    }

    /** The slots {@code [first, end)} a group covers (one slot when it or its parent is folded). */
    public int[] slotRange(ReachAxis.Group group) {
        int[] r = groupSlots.get(group.key());
        return r == null ? new int[] {0, 0} : r.clone();
    }
}
