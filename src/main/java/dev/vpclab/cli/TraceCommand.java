package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.format.LoadResult;
import dev.vpclab.format.TraceJson;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab trace}: traces a flow, or a file's query or saved flows, hop by hop. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Trace a flow through each lab, hop by hop, as AWS would.",
            "With --from and --to: that flow. Without: the file's query (golden scenarios),"
                    + " or else each of its saved flows.",
            "--json prints one JSON object per trace (JSON Lines), with a \"file\" field.",
            "Of several files, one that is not a lab (no format or components key) is skipped"
                    + " with a note; the others are traced and the exit status is 2."
        })
final class TraceCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LAB", description = "Lab files (YAML or JSON).")
    List<Path> labs;

    @Option(names = "--from", paramLabel = "ID", description = "Component the flow starts at.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "ID|NAME",
            description = "Component id, DNS name or IP address the flow goes to.")
    String to;

    @Option(
            names = "--protocol",
            paramLabel = "P",
            defaultValue = "tcp",
            description = "tcp, udp or icmp (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--port", paramLabel = "N", description = "Destination port (tcp, udp).")
    Integer port;

    @Option(names = "--source-port", paramLabel = "N", description = "The client's port.")
    Integer sourcePort;

    @Option(
            names = "--ip-version",
            paramLabel = "4|6",
            defaultValue = "4",
            description = "Address family (default: ${DEFAULT-VALUE}).")
    int ipVersion;

    @Option(names = "--action", paramLabel = "A", description = "API action, e.g. s3:GetObject.")
    String action;

    @Option(names = "--resource", paramLabel = "ARN", description = "Resource of the request.")
    String resource;

    @Option(
            names = "--via",
            paramLabel = "ID",
            description = "EC2 Instance Connect Endpoint the client connects through.")
    String via;

    @Option(names = "--json", description = "JSON Lines instead of text.")
    boolean json;

    @Override
    public Integer call() {
        // Each file is read once, and every file loads before anything else is said: what is
        // wrong with a lab comes first, before any complaint about the flow options.
        List<Path> files = new ArrayList<>();
        List<Lab> loaded = new ArrayList<>();
        boolean skipped = false;
        for (Path file : labs) {
            LoadResult result = LabFiles.read(file);
            if (labs.size() > 1 && LabFiles.isNotALab(result)) {
                spec.commandLine()
                        .getErr()
                        .println(Message.of("cli.note.notALab", file).render(main.locale()));
                skipped = true;
                continue;
            }
            loaded.add(LabFiles.usable(file, result, main.locale()));
            reportMeaningErrors(file, result);
            files.add(file);
        }
        Optional<Flow> given = givenFlow();
        for (int i = 0; i < files.size(); i++) {
            Lab lab = loaded.get(i);
            Path file = files.get(i);
            given.ifPresent(f -> requireKnown(lab, file, f));
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Lab lab = loaded.get(i);
            Path file = files.get(i);
            List<Flow> flows = given.map(List::of).orElseGet(() -> savedFlows(lab, file));
            PacketTracer tracer = Tracer.of(lab);
            for (Flow flow : flows) {
                results.add(new Result(file, tracer.trace(flow)));
            }
        }
        print(results, spec.commandLine().getOut());
        // A file given to trace and not traced is bad input (the shared spec's status 2), even
        // when every other file was traced: a script must not mistake it for a full run.
        return skipped ? SKIPPED_A_FILE : 0;
    }

    /** The exit status when a file given was skipped as not a lab (bad input). */
    static final int SKIPPED_A_FILE = 2;

    private record Result(Path file, Trace trace) {}

    /**
     * A lab that loads despite errors of meaning (AWS would refuse its configuration) is traced as
     * written, but the user hears about the errors first, on the error stream.
     */
    private void reportMeaningErrors(Path file, LoadResult result) {
        if (result.errors().isEmpty()) {
            return;
        }
        int more = Math.max(0, result.errors().size() - LabFiles.LISTED);
        spec.commandLine()
                .getErr()
                .println(
                        main.text(
                                Message.of(
                                        more > 0 ? "cli.note.labErrorsMore" : "cli.note.labErrors",
                                        file,
                                        result.errors().size(),
                                        LabFiles.firstErrors(result, main.locale()),
                                        more)));
    }

    private void print(List<Result> results, PrintWriter out) {
        boolean headers = results.size() > 1;
        for (Result r : results) {
            if (json) {
                ObjectNode line = JsonNodeFactory.instance.objectNode();
                line.put("file", r.file().toString());
                line.setAll(TraceJson.toJson(r.trace()));
                out.println(line);
                continue;
            }
            if (headers) {
                out.println(
                        "== "
                                + r.file()
                                + r.trace().flow().name().map(n -> " - " + n).orElse("")
                                + " ==");
            }
            String report = TraceReport.render(r.trace(), main.locale());
            out.print(report.endsWith("\n") ? report : report + System.lineSeparator());
            if (headers) {
                out.println();
            }
        }
    }

    /** The flow of the options, when --from is given. */
    private Optional<Flow> givenFlow() {
        if (from == null && to == null) {
            if (port != null || action != null || resource != null || sourcePort != null) {
                throw new BadInput(Message.of("cli.error.flowWithoutFrom"));
            }
            return Optional.empty();
        }
        if (from == null || to == null) {
            throw new BadInput(Message.of("cli.error.fromAndTo"));
        }
        Protocol p;
        try {
            p = Protocol.parse(protocol);
        } catch (IllegalArgumentException e) {
            throw new BadInput(Message.of("cli.error.protocol", protocol));
        }
        if (p == Protocol.ALL) {
            throw new BadInput(Message.of("cli.error.protocol", protocol));
        }
        if (p.hasPorts() && port == null) {
            throw new BadInput(Message.of("cli.error.portNeeded", p));
        }
        requirePort(port);
        requirePort(sourcePort);
        if (ipVersion != 4 && ipVersion != 6) {
            throw new BadInput(Message.of("cli.error.ipVersion", ipVersion));
        }
        if ((action == null) != (resource == null)) {
            throw new BadInput(Message.of("cli.error.actionAndResource"));
        }
        Flow flow =
                new Flow(
                        Optional.empty(),
                        from,
                        to,
                        p,
                        p.hasPorts() ? Optional.of(port) : Optional.empty(),
                        IpVersion.of(ipVersion),
                        Optional.ofNullable(sourcePort),
                        p == Protocol.ICMP ? Optional.of("echo-request") : Optional.empty(),
                        Optional.empty(),
                        Optional.ofNullable(via));
        return Optional.of(
                action == null ? flow : flow.withRequest(new Flow.Request(action, resource)));
    }

    private static void requirePort(Integer n) {
        if (n != null && (n < 0 || n > 65535)) {
            throw new BadInput(Message.of("cli.error.port", n));
        }
    }

    /** --from must name a component; --to a component, a DNS name or an IP address. */
    private static void requireKnown(Lab lab, Path file, Flow flow) {
        if (lab.component(flow.from()).isEmpty()) {
            throw new BadInput(
                    Message.of("cli.error.unknownFrom", flow.from(), file, sources(lab)));
        }
        // A DNS name has a dot; an IPv6 address has none, so it is tried as an address.
        if (lab.component(flow.to()).isEmpty()
                && !flow.to().contains(".")
                && IpAddress.tryParse(flow.to()).isEmpty()) {
            throw new BadInput(Message.of("cli.error.unknownToOrIp", flow.to(), file));
        }
    }

    /** A few ids a flow can start at, to help the user. */
    private static String sources(Lab lab) {
        return lab.components().stream()
                .filter(
                        c ->
                                switch (c.kind()) {
                                    case INSTANCE, ON_PREMISES_HOST, INTERNET_HOST -> true;
                                    default -> false;
                                })
                .limit(8)
                .map(c -> c.id())
                .collect(Collectors.joining(", "));
    }

    private static List<Flow> savedFlows(Lab lab, Path file) {
        if (lab.query().isPresent()) {
            return List.of(lab.query().get());
        }
        if (lab.flows().isEmpty()) {
            throw new BadInput(Message.of("cli.error.noFlows", file));
        }
        return lab.flows();
    }
}
