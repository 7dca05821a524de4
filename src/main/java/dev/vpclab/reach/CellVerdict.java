package dev.vpclab.reach;

import dev.vpclab.routing.ReachabilityMatrix;
import java.util.Locale;
import java.util.Objects;

/**
 * The three verdicts a cell of the matrix shows: the packets flow both ways (and any request is
 * authorized), a packet is stopped on its way, or the packets flow but an endpoint or resource
 * policy denies the request.
 */
public enum CellVerdict {
    REACHABLE,
    BLOCKED,
    DENIED;

    /** The verdict of a traced cell. */
    public static CellVerdict of(ReachabilityMatrix.Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell.reachable()) {
            return REACHABLE;
        }
        // Packets flowed both ways yet the cell is not reachable: a policy said no.
        return cell.networkReachable() ? DENIED : BLOCKED;
    }

    /**
     * The verdict as written in files (CSV): {@code reachable}, {@code blocked}, {@code denied}.
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
