package dev.vpclab.routing;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every source of a lab (instances, on-premises hosts, internet hosts) against every destination
 * (instances, hosts, interface endpoints, AWS services by their first public name), each cell with
 * its trace. Cells are traced in parallel: the tracer is read-only after construction.
 */
public final class ReachabilityMatrix {
    /** The port every cell is traced on unless the caller chooses another. */
    public static final int DEFAULT_PORT = 443;

    private final PacketTracer tracer;
    private final List<String> sources;
    private final List<String> destinations;
    private final List<Cell> cells;

    private ReachabilityMatrix(
            PacketTracer tracer,
            List<String> sources,
            List<String> destinations,
            List<Cell> cells) {
        this.tracer = tracer;
        this.sources = List.copyOf(sources);
        this.destinations = List.copyOf(destinations);
        this.cells = List.copyOf(cells);
    }

    /**
     * One source and destination, the flow traced between them and its verdict. The full trace is
     * not kept (a 1,000-component lab has some 200,000 cells): {@link #trace(Cell)} traces the cell
     * again when a user wants to see its hops.
     */
    public record Cell(
            String from,
            String to,
            Flow flow,
            boolean reachable,
            boolean networkReachable,
            Optional<Authorization> authorization,
            Optional<BlockedAt> blockedAt) {
        public Cell {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(authorization, "authorization");
            Objects.requireNonNull(blockedAt, "blockedAt");
        }

        static Cell of(String to, Flow flow, Trace trace) {
            return new Cell(
                    flow.from(),
                    to,
                    flow,
                    trace.reachable(),
                    trace.networkReachable(),
                    trace.authorization(),
                    trace.blockedAt());
        }
    }

    /** Receives the verdict of one pair, without its cell: what counting the matrix needs. */
    @FunctionalInterface
    public interface VerdictSink {
        /**
         * The verdict of {@code from -> to}: {@link Cell#reachable()} and {@link
         * Cell#networkReachable()} of the cell {@link #stream} would give.
         */
        void accept(String from, String to, boolean reachable, boolean networkReachable);
    }

    /** The matrix on TCP 443. */
    public static ReachabilityMatrix compute(Lab lab) {
        return compute(lab, Protocol.TCP, DEFAULT_PORT);
    }

    /** The matrix for one protocol and port. */
    public static ReachabilityMatrix compute(Lab lab, Protocol protocol, int port) {
        Objects.requireNonNull(lab, "lab");
        PacketTracer tracer = Tracer.of(lab);
        List<Cell> cells = new ArrayList<>();
        stream(lab, tracer, protocol, port, id -> true, id -> true, cells::add);
        return new ReachabilityMatrix(tracer, sources(lab), destinations(lab), cells);
    }

    /** Components that start flows, in lab order. */
    public static List<String> sources(Lab lab) {
        List<String> sources = new ArrayList<>();
        for (Component c : lab.components()) {
            if (c instanceof Instance || c instanceof OnPremisesHost || c instanceof InternetHost) {
                sources.add(c.id());
            }
        }
        return sources;
    }

    /** Components flows are traced to, in lab order. */
    public static List<String> destinations(Lab lab) {
        List<String> destinations = new ArrayList<>();
        for (Component c : lab.components()) {
            if (c instanceof Instance
                    || c instanceof OnPremisesHost
                    || c instanceof InternetHost
                    || c instanceof InterfaceEndpoint
                    || c instanceof AwsService) {
                destinations.add(c.id());
            }
        }
        return destinations;
    }

    /**
     * Computes the matrix and hands each cell to {@code sink} in order (sources in lab order, then
     * destinations), in bounded memory: a 10,000-component lab has tens of millions of cells, far
     * more than a heap holds. Sources and destinations that no rule of the lab can tell apart share
     * one trace ({@link ReachClasses}); each cell is exactly what tracing its pair alone gives
     * (ReachabilityExactnessTest). The traces run in parallel; the sink is called on the caller's
     * thread.
     *
     * @param from which sources to trace (by id)
     * @param to which destinations to trace (by id)
     */
    public static void stream(
            Lab lab,
            PacketTracer tracer,
            Protocol protocol,
            int port,
            Predicate<String> from,
            Predicate<String> to,
            Consumer<Cell> sink) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(tracer, "tracer");
        Objects.requireNonNull(sink, "sink");
        classMatrix(lab, tracer, protocol, port, to).stream(sources(lab), from, sink);
    }

    /**
     * The verdicts of the cells {@link #stream} gives, in the same order, without building the
     * cells: the same traces, but no flow, explanation or re-stamped blocking component per pair,
     * which is most of the cost of a matrix of millions of pairs when only counts are wanted.
     */
    public static void streamVerdicts(
            Lab lab,
            PacketTracer tracer,
            Protocol protocol,
            int port,
            Predicate<String> from,
            Predicate<String> to,
            VerdictSink sink) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(tracer, "tracer");
        Objects.requireNonNull(sink, "sink");
        classMatrix(lab, tracer, protocol, port, to).streamVerdicts(sources(lab), from, sink);
    }

    private static ClassMatrix classMatrix(
            Lab lab, PacketTracer tracer, Protocol protocol, int port, Predicate<String> to) {
        List<String> sources = sources(lab);
        List<String> targets = destinations(lab).stream().filter(to).toList();
        java.util.Set<String> ends = new java.util.LinkedHashSet<>(sources);
        ends.addAll(destinations(lab));
        ReachClasses classes = ReachClasses.of(lab, ends);
        return new ClassMatrix(lab, tracer, protocol, port, classes, targets);
    }

    /**
     * The matrix traced pair by pair, each pair alone: what {@link #stream} must equal, cell for
     * cell (the exactness test compares them).
     */
    static void streamPairwise(
            Lab lab,
            PacketTracer tracer,
            Protocol protocol,
            int port,
            Predicate<String> from,
            Predicate<String> to,
            Consumer<Cell> sink) {
        List<String> targets = destinations(lab).stream().filter(to).toList();
        for (String source : sources(lab)) {
            if (!from.test(source)) {
                continue;
            }
            List<Cell> row =
                    targets.parallelStream()
                            .filter(target -> !target.equals(source))
                            .map(target -> flowFor(lab, source, target, protocol, port))
                            .map(f -> Cell.of(f.name().orElse(f.to()), f, tracer.trace(f)))
                            .toList();
            row.forEach(sink);
        }
    }

    static Flow flowFor(Lab lab, String from, String to, Protocol protocol, int port) {
        Optional<AwsService> service = lab.component(to, AwsService.class);
        String target =
                service.flatMap(s -> s.publicDnsRecords().stream().findFirst())
                        .map(AwsService.DnsRecord::name)
                        .orElse(to);
        Flow flow = Flow.of(from, target, protocol, port);
        return flow.withName(to);
    }

    /** Components that start flows, in lab order. */
    public List<String> sources() {
        return sources;
    }

    /** Components flows are traced to, in lab order. */
    public List<String> destinations() {
        return destinations;
    }

    /** Every traced pair, sources in order, then destinations in order. */
    public List<Cell> cells() {
        return cells;
    }

    /** The full trace of a cell, hop by hop (traced again: cells keep only their verdict). */
    public Trace trace(Cell cell) {
        return tracer.trace(cell.flow());
    }

    /** The cell of a pair. */
    public Optional<Cell> cell(String from, String to) {
        return cells.stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst();
    }
}
