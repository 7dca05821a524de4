package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.format.TraceJson;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.ReachabilityMatrix;
import dev.vpclab.routing.Tracer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab reach}: the reachability matrix of a lab, one verdict per pair. */
@Command(
        name = "reach",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print the reachability matrix of a lab: every instance and host against every"
                    + " destination (instances, endpoints, services), each with its verdict and"
                    + " reason.",
            "--json prints JSON Lines: a header, then one cell per line, in bounded memory."
        })
final class ReachCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "LAB", description = "A lab file (YAML or JSON).")
    Path lab;

    @Option(
            names = "--protocol",
            paramLabel = "P",
            defaultValue = "tcp",
            description = "tcp or udp (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "443",
            description = "Destination port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--json",
            description = "JSON Lines instead of text: a header line, then one line per cell.")
    boolean json;

    @Option(
            names = "--summary",
            description = "Only a VPC x VPC table of reachable and blocked counts.")
    boolean summary;

    @Option(
            names = "--from",
            paramLabel = "ID",
            split = ",",
            description = "Only sources with these ids, or in these subnets or VPCs.")
    List<String> fromFilter = List.of();

    @Option(
            names = "--to",
            paramLabel = "ID",
            split = ",",
            description = "Only destinations with these ids, or in these subnets or VPCs.")
    List<String> toFilter = List.of();

    /** Makes the tracer of a lab (tests give one that runs out of memory or stack). */
    java.util.function.Function<Lab, dev.vpclab.routing.PacketTracer> tracers = Tracer::of;

    @Option(
            names = "--only",
            paramLabel = "V",
            description = "Only cells with this verdict: blocked or reachable.")
    String only;

    /** The ids a {@code --from} or {@code --to} filter keeps (all when the filter is empty). */
    private static List<String> within(List<String> ids, List<String> filter, Placement placement) {
        return ids.stream().filter(placement.within(filter)).toList();
    }

    @Override
    public Integer call() {
        Protocol p = protocol();
        if (port < 0 || port > 65535) {
            throw new BadInput(Message.of("cli.error.port", port));
        }
        Boolean wanted = verdictFilter();
        Lab loaded = LabFiles.load(lab);
        Placement placement = new Placement(loaded);
        PrintWriter out = spec.commandLine().getOut();
        List<String> sources = within(ReachabilityMatrix.sources(loaded), fromFilter, placement);
        List<String> destinations =
                within(ReachabilityMatrix.destinations(loaded), toFilter, placement);
        java.util.Set<String> from = new java.util.HashSet<>(sources);
        java.util.Set<String> to = new java.util.HashSet<>(destinations);
        if (summary) {
            // counts need only verdicts: no cell is built (ReachabilityMatrix.streamVerdicts)
            ReachSummary table = new ReachSummary(placement);
            ReachabilityMatrix.streamVerdicts(
                    loaded,
                    tracers.apply(loaded),
                    p,
                    port,
                    from::contains,
                    to::contains,
                    (source, target, reachable, networkReachable) -> {
                        if (wanted == null || reachable == wanted) {
                            table.add(source, target, reachable);
                        }
                    });
            table.print(out, main::text);
            out.flush();
            return 0;
        }
        Consumer<ReachabilityMatrix.Cell> sink;
        Runnable end;
        if (json) {
            out.println(header(p, sources, destinations));
            sink = cell -> out.println(cellJson(cell));
            end = () -> {};
        } else {
            out.println(
                    main.text(
                            Message.of(
                                    "cli.reach.heading",
                                    lab,
                                    p + " " + port,
                                    sources.size(),
                                    destinations.size())));
            String row = "%-" + width(sources, 4) + "s  %-" + width(destinations, 2) + "s  %s";
            out.println(String.format(Locale.ROOT, row, "FROM", "TO", "VERDICT"));
            int[] counts = new int[2];
            sink =
                    cell -> {
                        counts[0]++;
                        if (cell.reachable()) {
                            counts[1]++;
                        }
                        out.println(
                                String.format(
                                        Locale.ROOT, row, cell.from(), cell.to(), verdict(cell)));
                    };
            end =
                    () ->
                            out.println(
                                    main.text(
                                            Message.of("cli.reach.summary", counts[1], counts[0])));
        }
        Consumer<ReachabilityMatrix.Cell> filtered =
                wanted == null
                        ? sink
                        : c -> {
                            if (c.reachable() == wanted) {
                                sink.accept(c);
                            }
                        };
        ReachabilityMatrix.stream(
                loaded, tracers.apply(loaded), p, port, from::contains, to::contains, filtered);
        end.run();
        out.flush();
        return 0;
    }

    /** {@code null} for every cell, else the verdict {@code --only} asks for. */
    private Boolean verdictFilter() {
        if (only == null) {
            return null;
        }
        return switch (only.toLowerCase(Locale.ROOT)) {
            case "reachable" -> Boolean.TRUE;
            case "blocked" -> Boolean.FALSE;
            default -> throw new BadInput(Message.of("cli.error.reachOnly", only));
        };
    }

    private Protocol protocol() {
        try {
            Protocol p = Protocol.parse(protocol);
            if (p.hasPorts()) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            // reported below, in the user's words
        }
        throw new BadInput(Message.of("cli.error.reachProtocol", protocol));
    }

    private String verdict(ReachabilityMatrix.Cell cell) {
        if (cell.reachable()) {
            return main.text(Message.of("cli.reach.reachable"));
        }
        BlockedAt b = cell.blockedAt().orElseThrow();
        return main.text(
                Message.of(
                        "cli.reach.blocked",
                        b.component(),
                        b.reason().name(),
                        main.text(Message.of("report.leg." + b.leg()))));
    }

    private static int width(List<String> ids, int least) {
        return Math.min(40, Math.max(least, ids.stream().mapToInt(String::length).max().orElse(0)));
    }

    private ObjectNode header(Protocol p, List<String> sources, List<String> destinations) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("file", lab.toString());
        out.put("protocol", p.toString());
        out.put("port", port);
        ArrayNode from = out.putArray("sources");
        sources.forEach(from::add);
        ArrayNode to = out.putArray("destinations");
        destinations.forEach(to::add);
        return out;
    }

    private static ObjectNode cellJson(ReachabilityMatrix.Cell cell) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("from", cell.from());
        c.put("to", cell.to());
        c.set("flow", TraceJson.flow(cell.flow()));
        c.put("reachable", cell.reachable());
        c.put("networkReachable", cell.networkReachable());
        cell.authorization().ifPresent(a -> c.put("authorization", a.wireName()));
        cell.blockedAt()
                .ifPresent(
                        b -> {
                            ObjectNode blocked = c.putObject("blockedAt");
                            blocked.put("component", b.component());
                            blocked.put("reason", b.reason().name());
                            blocked.put("leg", b.leg().toString());
                            blocked.put("layer", b.layer().toString());
                            blocked.put("detail", b.detail().english());
                        });
        return c;
    }
}
