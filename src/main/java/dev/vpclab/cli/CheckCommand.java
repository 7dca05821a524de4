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
import java.util.function.Function;
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
                    + " check can guard a CI pipeline; 1 when checking a file met an internal"
                    + " error (every other file is still reported).",
            "--json prints one JSON object per file (JSON Lines)."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LAB", description = "Lab files (YAML or JSON).")
    List<Path> labs;

    @Option(names = "--json", description = "JSON Lines instead of text.")
    boolean json;

    /** Reads one lab file: the reader, unless a test puts a failing one in its place. */
    Function<Path, LoadResult> reader = LabFiles::read;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Each file is read once; all are read before any output, so a missing file fails early.
        List<Checked> results = new ArrayList<>();
        for (Path file : labs) {
            results.add(checked(file));
        }
        boolean errors = false;
        boolean internal = false;
        for (int i = 0; i < labs.size(); i++) {
            Path file = labs.get(i);
            Checked checked = results.get(i);
            if (checked.failure() != null) {
                internal = true;
                Message m = internalError(file, checked.failure());
                out.println(json ? internalJson(file, m) : main.text(m));
                continue;
            }
            LoadResult result = checked.result();
            errors |= !result.errors().isEmpty();
            if (json) {
                out.println(toJson(file, result));
            } else {
                result.problems().forEach(p -> out.println(line(p)));
                out.println(summary(file, result));
            }
        }
        return internal ? INTERNAL_ERROR : errors ? LAB_HAS_ERRORS : 0;
    }

    /** The shared spec's exit status for a lab with errors (section 6), as linters do. */
    static final int LAB_HAS_ERRORS = 2;

    /** The shared spec's exit status for an internal error (section 6). */
    static final int INTERNAL_ERROR = 1;

    /** One file's outcome: what the reader found, or the bug that stopped it. */
    private record Checked(LoadResult result, Throwable failure) {}

    /**
     * Reads one file. A bug met on one file (any unexpected exception, a stack overflow, or that
     * file exhausting the heap, whose objects are garbage once it is abandoned) is that file's
     * outcome: every other file is still checked and reported.
     */
    private Checked checked(Path file) {
        try {
            return new Checked(reader.apply(file), null);
        } catch (BadInput e) {
            throw e; // a missing or unreadable file is the user's to fix: the whole run stops
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Checked(null, e);
        }
    }

    private static Message internalError(Path file, Throwable failure) {
        String what =
                failure.getMessage() == null
                        ? failure.getClass().getSimpleName()
                        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return Message.of("cli.check.internalError", file, what);
    }

    private static ObjectNode internalJson(Path file, Message message) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("file", file.toString());
        out.put("ok", false);
        out.put("internalError", message.english());
        return out;
    }

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
