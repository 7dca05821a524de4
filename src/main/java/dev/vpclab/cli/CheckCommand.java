package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.check.Problem;
import dev.vpclab.format.LoadResult;
import dev.vpclab.i18n.Message;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab check}: lists every error and warning of lab files. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Check lab files: list every error and warning with its code, component, field"
                    + " and file:line:col.",
            "Exit status: 0 when no file has errors (warnings alone are fine), 2 when a"
                    + " file has errors or does not exist or cannot be read, as linters do, so"
                    + " check can guard a CI pipeline.",
            "--json prints one JSON object per file (JSON Lines)."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LAB", description = "Lab files (YAML or JSON).")
    List<Path> labs;

    @Option(names = "--json", description = "JSON Lines instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Each file is read once; all are read before any output, so a missing file fails early.
        List<LoadResult> results = new ArrayList<>();
        for (Path file : labs) {
            results.add(LabFiles.read(file));
        }
        boolean errors = false;
        for (int i = 0; i < labs.size(); i++) {
            Path file = labs.get(i);
            LoadResult result = results.get(i);
            errors |= !result.errors().isEmpty();
            if (json) {
                out.println(toJson(file, result));
            } else {
                result.problems().forEach(p -> out.println(line(p)));
                out.println(summary(file, result));
            }
        }
        return errors ? LAB_HAS_ERRORS : 0;
    }

    /** The shared spec's exit status for a lab with errors (section 6), as linters do. */
    static final int LAB_HAS_ERRORS = 2;

    private String line(Problem p) {
        StringBuilder sb = new StringBuilder();
        p.location().ifPresent(l -> sb.append(l).append(": "));
        sb.append(p.severity()).append(' ').append(p.code());
        if (p.component().isPresent() || p.field().isPresent()) {
            sb.append(" [")
                    .append(p.component().orElse(""))
                    .append(p.field().map(f -> p.component().isPresent() ? "." + f : f).orElse(""))
                    .append(']');
        }
        return sb.append(": ").append(main.text(p.message())).toString();
    }

    private String summary(Path file, LoadResult result) {
        long errors = result.errors().size();
        long warnings = result.problems().size() - errors;
        if (errors + warnings == 0) {
            return main.text(Message.of("cli.check.clean", file));
        }
        return main.text(Message.of("cli.check.summary", file, errors, warnings));
    }

    private static ObjectNode toJson(Path file, LoadResult result) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("file", file.toString());
        out.put("ok", result.ok());
        out.put("errors", result.errors().size());
        out.put("warnings", result.problems().size() - result.errors().size());
        ArrayNode problems = out.putArray("problems");
        for (Problem p : result.problems()) {
            ObjectNode o = problems.addObject();
            o.put("severity", p.severity().toString());
            o.put("code", p.code());
            p.component().ifPresent(c -> o.put("component", c));
            p.field().ifPresent(f -> o.put("field", f));
            p.location()
                    .ifPresent(
                            l -> {
                                o.put("file", l.file());
                                o.put("line", l.line());
                                o.put("column", l.column());
                            });
            o.put("message", p.message().english());
        }
        return out;
    }
}
