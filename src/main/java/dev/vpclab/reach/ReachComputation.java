package dev.vpclab.reach;

import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.ReachabilityMatrix;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Computes a {@link ReachTable} through {@link ReachabilityMatrix#stream}, reporting how many pairs
 * are done and stopping when asked: the caller (the app's worker thread) sees a {@link
 * CancellationException} at the next cell or row.
 */
public final class ReachComputation {
    private ReachComputation() {}

    /** Told how far the computation is; called on the computing thread. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} pairs traced. */
        void pairs(long done, long total);

        /** Reports nothing. */
        static Progress none() {
            return (done, total) -> {};
        }
    }

    /** How many pairs the matrix of a lab has: every source to every other destination. */
    public static long pairs(List<String> sources, List<String> destinations) {
        java.util.Set<String> to = new java.util.HashSet<>(destinations);
        long self = sources.stream().filter(to::contains).count();
        return (long) sources.size() * destinations.size() - self;
    }

    /**
     * The table of every source against every destination of {@code lab}.
     *
     * @param cancelled asked before each row and after each cell; true ends the computation
     * @throws CancellationException when {@code cancelled} said so
     */
    public static ReachTable compute(
            Lab lab,
            PacketTracer tracer,
            Protocol protocol,
            int port,
            Progress progress,
            BooleanSupplier cancelled) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(tracer, "tracer");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        List<String> sources = ReachabilityMatrix.sources(lab);
        List<String> destinations = ReachabilityMatrix.destinations(lab);
        long total = pairs(sources, destinations);
        ReachTable.Builder table = ReachTable.builder(sources, destinations, protocol, port);
        long[] done = {0};
        progress.pairs(0, total);
        ReachabilityMatrix.stream(
                lab,
                tracer,
                protocol,
                port,
                source -> {
                    stopIf(cancelled);
                    return true;
                },
                target -> true,
                cell -> {
                    stopIf(cancelled);
                    table.accept(cell);
                    progress.pairs(++done[0], total);
                });
        return table.build();
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the reachability matrix was cancelled");
        }
    }
}
