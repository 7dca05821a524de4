package dev.vpclab.reach;

import dev.vpclab.model.Flow;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.ReachabilityMatrix;
import dev.vpclab.routing.ReasonCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The verdict, reason code and blocking component of every traced pair of a lab for one protocol
 * and port, kept in flat arrays (a few bytes a cell) so that a lab with millions of pairs fits in
 * memory where {@link ReachabilityMatrix.Cell} objects would not. Rows are sources and columns
 * destinations, both in lab order; a pair that was not traced (a component to itself) has no
 * verdict. The full trace of a cell is traced again from {@link #flow(int, int)}.
 */
public final class ReachTable {
    private static final ReasonCode[] REASONS = ReasonCode.values();
    private static final CellVerdict[] VERDICTS = CellVerdict.values();

    private final List<String> sources;
    private final List<String> destinations;
    private final Map<String, Integer> sourceIndex;
    private final Map<String, Integer> destinationIndex;
    private final Protocol protocol;
    private final int port;
    private final byte[] verdicts; // 0: not traced, else CellVerdict ordinal + 1
    private final short[] reasons; // 0: none, else ReasonCode ordinal + 1
    private final int[] blockers; // -1: none, else an index into blockerIds
    private final List<String> blockerIds;
    private final String[] targets; // what each column's flows are addressed to
    private final int[] counts;

    private ReachTable(Builder b) {
        this.sources = b.sources;
        this.destinations = b.destinations;
        this.sourceIndex = index(sources);
        this.destinationIndex = index(destinations);
        this.protocol = b.protocol;
        this.port = b.port;
        this.verdicts = b.verdicts;
        this.reasons = b.reasons;
        this.blockers = b.blockers;
        this.blockerIds = List.copyOf(b.blockerIds);
        this.targets = b.targets;
        this.counts = b.counts.clone();
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), i);
        }
        return m;
    }

    /** Collects cells (as {@link ReachabilityMatrix#stream} hands them out) into a table. */
    public static Builder builder(
            List<String> sources, List<String> destinations, Protocol protocol, int port) {
        return new Builder(sources, destinations, protocol, port);
    }

    /** Sources, one row each, in lab order. */
    public List<String> sources() {
        return sources;
    }

    /** Destinations, one column each, in lab order. */
    public List<String> destinations() {
        return destinations;
    }

    public Protocol protocol() {
        return protocol;
    }

    public int port() {
        return port;
    }

    /** The row of a source. */
    public Optional<Integer> row(String source) {
        return Optional.ofNullable(sourceIndex.get(source));
    }

    /** The column of a destination. */
    public Optional<Integer> column(String destination) {
        return Optional.ofNullable(destinationIndex.get(destination));
    }

    /** The verdict of a pair, empty when it was not traced. */
    public Optional<CellVerdict> verdict(int row, int column) {
        int code = verdictCode(row, column);
        return code < 0 ? Optional.empty() : Optional.of(VERDICTS[code]);
    }

    /**
     * The verdict's ordinal, or -1 when the pair was not traced: the painter reads hundreds of
     * thousands of cells a frame and needs no object per cell.
     */
    public int verdictCode(int row, int column) {
        return verdicts[at(row, column)] - 1;
    }

    /** Why a blocked or denied pair stopped. */
    public Optional<ReasonCode> reason(int row, int column) {
        int r = reasons[at(row, column)];
        return r == 0 ? Optional.empty() : Optional.of(REASONS[r - 1]);
    }

    /** The component that stopped a blocked or denied pair. */
    public Optional<String> blockedAt(int row, int column) {
        int b = blockers[at(row, column)];
        return b < 0 ? Optional.empty() : Optional.of(blockerIds.get(b));
    }

    /**
     * The flow the pair was traced with (equal to the cell's {@link ReachabilityMatrix.Cell#flow}),
     * to trace it again for its hops or to play it.
     */
    public Optional<Flow> flow(int row, int column) {
        if (verdictCode(row, column) < 0) {
            return Optional.empty();
        }
        String to = destinations.get(column);
        String target = targets[column] == null ? to : targets[column];
        return Optional.of(Flow.of(sources.get(row), target, protocol, port).withName(to));
    }

    /** How many traced pairs have this verdict. */
    public int count(CellVerdict verdict) {
        return counts[verdict.ordinal()];
    }

    /** How many pairs were traced. */
    public int traced() {
        return Arrays.stream(counts).sum();
    }

    private int at(int row, int column) {
        Objects.checkIndex(row, sources.size());
        Objects.checkIndex(column, destinations.size());
        return row * destinations.size() + column;
    }

    /** Receives cells in any order; {@link #build()} makes the table. */
    public static final class Builder implements Consumer<ReachabilityMatrix.Cell> {
        private final List<String> sources;
        private final List<String> destinations;
        private final Map<String, Integer> rows;
        private final Map<String, Integer> columns;
        private final Protocol protocol;
        private final int port;
        private final byte[] verdicts;
        private final short[] reasons;
        private final int[] blockers;
        private final List<String> blockerIds = new ArrayList<>();
        private final Map<String, Integer> blockerIndex = new HashMap<>();
        private final String[] targets;
        private final int[] counts = new int[VERDICTS.length];
        private boolean built;

        private Builder(
                List<String> sources, List<String> destinations, Protocol protocol, int port) {
            this.sources = List.copyOf(sources);
            this.destinations = List.copyOf(destinations);
            this.rows = index(this.sources);
            this.columns = index(this.destinations);
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            this.port = port;
            long size = (long) this.sources.size() * this.destinations.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "too many pairs for one table: " + size + " (at most about 2 billion)");
            }
            this.verdicts = new byte[(int) size];
            this.reasons = new short[(int) size];
            this.blockers = new int[(int) size];
            Arrays.fill(blockers, -1);
            this.targets = new String[this.destinations.size()];
        }

        /** Records one cell; a cell of a source or destination not in the table is refused. */
        @Override
        public void accept(ReachabilityMatrix.Cell cell) {
            if (built) {
                throw new IllegalStateException("the table is built: it no longer changes");
            }
            Integer r = rows.get(cell.from());
            Integer c = columns.get(cell.to());
            if (r == null || c == null) {
                throw new IllegalArgumentException(
                        "cell " + cell.from() + " -> " + cell.to() + " is not in the table");
            }
            int at = r * destinations.size() + c;
            CellVerdict v = CellVerdict.of(cell);
            if (verdicts[at] != 0) {
                counts[verdicts[at] - 1]--; // the same pair again replaces the first
            }
            verdicts[at] = (byte) (v.ordinal() + 1);
            counts[v.ordinal()]++;
            Optional<BlockedAt> b = cell.blockedAt();
            reasons[at] = (short) (int) b.map(x -> x.reason().ordinal() + 1).orElse(0);
            blockers[at] = b.map(x -> blocker(x.component())).orElse(-1);
            targets[c] = cell.flow().to();
        }

        private int blocker(String id) {
            return blockerIndex.computeIfAbsent(
                    id,
                    k -> {
                        blockerIds.add(k);
                        return blockerIds.size() - 1;
                    });
        }

        /**
         * The table of the cells received so far. The table takes the arrays over (a copy would
         * double the memory of a large lab), so the builder takes no cell after this.
         */
        public ReachTable build() {
            built = true;
            return new ReachTable(this);
        }
    }
}
