package dev.vpclab.routing;

import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The reachability matrix computed over {@link ReachClasses classes}: one trace per pair of classes
 * (a representative pair), its {@link CellStamp stamp} handed to every pair of members. Rows of
 * stamps are computed the first time a source of their class comes up, in parallel over the
 * destination classes, and kept (one reference per pair of classes; equal stamps are shared).
 */
final class ClassMatrix {
    /** Verdict bits of a pair of classes when only verdicts are streamed. */
    private static final byte REACHABLE = 1;

    private static final byte NETWORK_REACHABLE = 2;

    private final Lab lab;
    private final PacketTracer tracer;
    private final Protocol protocol;
    private final int port;
    private final ReachClasses classes;
    private final List<String> targets;
    private final int[] targetClasses;
    private final List<Integer> neededClasses;
    private final String[] targetNames;
    private final CellStamp[][] rows;
    private final byte[][] verdictRows;
    private final Map<CellStamp, CellStamp> shared = new ConcurrentHashMap<>();
    private int traces;

    ClassMatrix(
            Lab lab,
            PacketTracer tracer,
            Protocol protocol,
            int port,
            ReachClasses classes,
            List<String> targets) {
        this.lab = lab;
        this.tracer = tracer;
        this.protocol = protocol;
        this.port = port;
        this.classes = classes;
        this.targets = targets;
        this.targetClasses = targets.stream().mapToInt(classes::classOf).toArray();
        this.neededClasses =
                java.util.Arrays.stream(targetClasses).distinct().sorted().boxed().toList();
        this.rows = new CellStamp[classes.count()][];
        this.verdictRows = new byte[classes.count()][];
        // what flowFor makes the flow's destination: the same for every source, so looked up once
        this.targetNames =
                targets.stream()
                        .map(t -> ReachabilityMatrix.flowFor(lab, t, t, protocol, port).to())
                        .toArray(String[]::new);
    }

    /** Hands the cells of these sources (in order) against every target to the sink. */
    void stream(
            List<String> sources, Predicate<String> from, Consumer<ReachabilityMatrix.Cell> sink) {
        for (String source : sources) {
            if (!from.test(source)) {
                continue;
            }
            CellStamp[] row = row(classes.classOf(source));
            CellStamp.End fromEnd = classes.end(source);
            for (int i = 0; i < targets.size(); i++) {
                String target = targets.get(i);
                if (target.equals(source)) {
                    continue;
                }
                Flow flow = Flow.of(source, targetNames[i], protocol, port).withName(target);
                sink.accept(row[targetClasses[i]].cell(target, flow, fromEnd, classes.end(target)));
            }
        }
    }

    /**
     * Hands only the verdicts of these sources' cells to the sink, in the order of {@link #stream}:
     * the same traces, but no cell is built or re-stamped (a count needs neither).
     */
    void streamVerdicts(
            List<String> sources, Predicate<String> from, ReachabilityMatrix.VerdictSink sink) {
        for (String source : sources) {
            if (!from.test(source)) {
                continue;
            }
            byte[] row = verdictRow(classes.classOf(source));
            for (int i = 0; i < targets.size(); i++) {
                String target = targets.get(i);
                if (target.equals(source)) {
                    continue;
                }
                byte v = row[targetClasses[i]];
                sink.accept(source, target, (v & REACHABLE) != 0, (v & NETWORK_REACHABLE) != 0);
            }
        }
    }

    /** How many traces were run so far (one per pair of classes needed). */
    int traces() {
        return traces;
    }

    /** How many different stamps the traces gave. */
    int stamps() {
        return shared.size();
    }

    private CellStamp[] row(int sourceClass) {
        CellStamp[] row = rows[sourceClass];
        if (row == null) {
            CellStamp[] fresh = new CellStamp[classes.count()];
            neededClasses.parallelStream().forEach(dc -> fresh[dc] = stamp(sourceClass, dc));
            traces += neededClasses.size();
            rows[sourceClass] = fresh;
            row = fresh;
        }
        return row;
    }

    private byte[] verdictRow(int sourceClass) {
        byte[] row = verdictRows[sourceClass];
        if (row == null) {
            byte[] fresh = new byte[classes.count()];
            neededClasses.parallelStream().forEach(dc -> fresh[dc] = verdict(sourceClass, dc));
            traces += neededClasses.size();
            verdictRows[sourceClass] = fresh;
            row = fresh;
        }
        return row;
    }

    /** The verdict bits of a pair of classes, from its representative pair (0 when none). */
    private byte verdict(int sourceClass, int targetClass) {
        String[] pair = representative(sourceClass, targetClass);
        if (pair == null) {
            return 0;
        }
        Trace trace =
                tracer.trace(ReachabilityMatrix.flowFor(lab, pair[0], pair[1], protocol, port));
        return (byte)
                ((trace.reachable() ? REACHABLE : 0)
                        | (trace.networkReachable() ? NETWORK_REACHABLE : 0));
    }

    /**
     * The stamp of a pair of classes, from a representative pair of two different components (none
     * when the classes are one component: it is never traced to itself).
     */
    private CellStamp stamp(int sourceClass, int targetClass) {
        String[] pair = representative(sourceClass, targetClass);
        return pair == null ? null : stamp(pair[0], pair[1]);
    }

    /**
     * A source and a destination, two different components, of a pair of classes; null when the
     * classes are one component (it is never traced to itself).
     */
    private String[] representative(int sourceClass, int targetClass) {
        List<String> from = classes.members(sourceClass);
        List<String> to = classes.members(targetClass);
        String source = from.get(0);
        String target = to.stream().filter(t -> !t.equals(source)).findFirst().orElse(null);
        if (target == null) {
            if (from.size() < 2) {
                return null;
            }
            return new String[] {from.get(1), to.get(0)};
        }
        return new String[] {source, target};
    }

    private CellStamp stamp(String source, String target) {
        Flow flow = ReachabilityMatrix.flowFor(lab, source, target, protocol, port);
        CellStamp s = CellStamp.of(tracer.trace(flow), classes.end(source), classes.end(target));
        CellStamp known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
