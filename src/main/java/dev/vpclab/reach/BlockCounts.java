package dev.vpclab.reach;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdicts of the pairs behind one cell of the heatmap: a single pair, or a collapsed group
 * against a member or another group. {@code changed} counts the pairs an edit changed.
 */
public record BlockCounts(int reachable, int blocked, int denied, int changed) {
    /** The pairs under row slot {@code row} and column slot {@code column}. */
    public static BlockCounts of(
            ReachTable table,
            AxisSlots rows,
            int row,
            AxisSlots columns,
            int column,
            Optional<ReachDiff> diff) {
        Objects.requireNonNull(table, "table");
        AxisSlots.Slot r = rows.slot(row);
        AxisSlots.Slot c = columns.slot(column);
        int[] counts = new int[CellVerdict.values().length];
        int changed = 0;
        ReachDiff d = diff.filter(x -> x.after() == table).orElse(null);
        for (int p = r.start(); p < r.end(); p++) {
            int tr = rows.axis().index(p);
            for (int q = c.start(); q < c.end(); q++) {
                int tc = columns.axis().index(q);
                int v = table.verdictCode(tr, tc);
                if (v >= 0) {
                    counts[v]++;
                    if (d != null && d.changed(tr, tc)) {
                        changed++;
                    }
                }
            }
        }
        return new BlockCounts(
                counts[CellVerdict.REACHABLE.ordinal()],
                counts[CellVerdict.BLOCKED.ordinal()],
                counts[CellVerdict.DENIED.ordinal()],
                changed);
    }

    /** How many pairs were traced. */
    public int total() {
        return reachable + blocked + denied;
    }

    /** The one verdict every pair has, if they agree (empty for none or mixed). */
    public Optional<CellVerdict> uniform() {
        if (total() == 0) {
            return Optional.empty();
        }
        if (reachable == total()) {
            return Optional.of(CellVerdict.REACHABLE);
        }
        if (blocked == total()) {
            return Optional.of(CellVerdict.BLOCKED);
        }
        return denied == total() ? Optional.of(CellVerdict.DENIED) : Optional.empty();
    }
}
