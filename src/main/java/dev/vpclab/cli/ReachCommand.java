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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
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
            "--json prints one JSON object with every cell."
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

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Protocol p = protocol();
        if (port < 0 || port > 65535) {
            throw new BadInput(Message.of("cli.error.port", port));
        }
        Lab loaded = LabFiles.load(lab);
        ReachabilityMatrix matrix = ReachabilityMatrix.compute(loaded, p, port);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(matrix, p));
        } else {
            text(matrix, p, out);
        }
        return 0;
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

    private void text(ReachabilityMatrix matrix, Protocol p, PrintWriter out) {
        out.println(
                main.text(
                        Message.of(
                                "cli.reach.heading",
                                lab,
                                p + " " + port,
                                matrix.sources().size(),
                                matrix.destinations().size())));
        int fromWidth = width(matrix.sources(), 4);
        int toWidth = width(matrix.destinations(), 2);
        String row = "%-" + fromWidth + "s  %-" + toWidth + "s  %s";
        out.println(String.format(Locale.ROOT, row, "FROM", "TO", "VERDICT"));
        int reachable = 0;
        for (ReachabilityMatrix.Cell cell : matrix.cells()) {
            if (cell.reachable()) {
                reachable++;
            }
            out.println(String.format(Locale.ROOT, row, cell.from(), cell.to(), verdict(cell)));
        }
        out.println(main.text(Message.of("cli.reach.summary", reachable, matrix.cells().size())));
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

    private static int width(java.util.List<String> ids, int least) {
        return Math.min(40, Math.max(least, ids.stream().mapToInt(String::length).max().orElse(0)));
    }

    private ObjectNode toJson(ReachabilityMatrix matrix, Protocol p) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("file", lab.toString());
        out.put("protocol", p.toString());
        out.put("port", port);
        ArrayNode sources = out.putArray("sources");
        matrix.sources().forEach(sources::add);
        ArrayNode destinations = out.putArray("destinations");
        matrix.destinations().forEach(destinations::add);
        ArrayNode cells = out.putArray("cells");
        for (ReachabilityMatrix.Cell cell : matrix.cells()) {
            ObjectNode c = cells.addObject();
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
        }
        return out;
    }
}
