package dev.vpclab.reach;

import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The pairs of a new table whose verdict, reason or blocking component differs from an older table
 * of the same lab for the same protocol and port, matched by source and destination id (an edit may
 * add, remove or reorder components). A pair new to the table did not change and is not marked.
 */
public final class ReachDiff {
    private final ReachTable after;
    private final BitSet changed;
    private final int count;

    private ReachDiff(ReachTable after, BitSet changed) {
        this.after = after;
        this.changed = changed;
        this.count = changed.cardinality();
    }

    /**
     * What changed from {@code before} to {@code after}; empty when they were traced on another
     * protocol or port, which is not an edit of the lab.
     */
    public static Optional<ReachDiff> between(ReachTable before, ReachTable after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.protocol() != after.protocol() || before.port() != after.port()) {
            return Optional.empty();
        }
        int columns = after.destinations().size();
        int[] oldColumn = new int[columns];
        for (int c = 0; c < columns; c++) {
            oldColumn[c] = before.column(after.destinations().get(c)).orElse(-1);
        }
        BitSet changed = new BitSet();
        for (int r = 0; r < after.sources().size(); r++) {
            Optional<Integer> oldRow = before.row(after.sources().get(r));
            if (oldRow.isEmpty()) {
                continue;
            }
            int or = oldRow.get();
            for (int c = 0; c < columns; c++) {
                int oc = oldColumn[c];
                if (oc < 0) {
                    continue;
                }
                int now = after.verdictCode(r, c);
                int then = before.verdictCode(or, oc);
                if (now < 0 || then < 0) {
                    continue;
                }
                if (now != then
                        || !after.reason(r, c).equals(before.reason(or, oc))
                        || !after.blockedAt(r, c).equals(before.blockedAt(or, oc))) {
                    changed.set(r * columns + c);
                }
            }
        }
        return Optional.of(new ReachDiff(after, changed));
    }

    /** Whether the pair at {@code row, column} of the newer table changed. */
    public boolean changed(int row, int column) {
        Objects.checkIndex(row, after.sources().size());
        Objects.checkIndex(column, after.destinations().size());
        return changed.get(row * after.destinations().size() + column);
    }

    /** How many pairs changed. */
    public int count() {
        return count;
    }

    /** The newer table. */
    public ReachTable after() {
        return after;
    }
}
