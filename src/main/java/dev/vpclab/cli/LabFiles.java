package dev.vpclab.cli;

import dev.vpclab.check.Problem;
import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.format.SourceMap;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Loads lab files for the commands, turning what cannot be used into {@link BadInput}. */
final class LabFiles {
    /** How many errors a bad-input paragraph lists before it says "and N more". */
    static final int LISTED = 5;

    private LabFiles() {}

    /** Reads a file that must exist; its problems are the caller's to judge. */
    static LoadResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(Message.of("cli.error.noFile", file));
        }
        if (!Files.isReadable(file)) {
            throw new BadInput(Message.of("cli.error.unreadable", file));
        }
        return LabReader.read(file);
    }

    /**
     * Reads a lab for tracing. A lab whose only errors are of meaning (a configuration AWS would
     * refuse, such as a peering between overlapping VPCs) still loads: tracing it shows what the
     * lab does with it. Syntax and structure errors make it bad input.
     */
    static Lab load(Path file) {
        return usable(file, read(file), Locale.ROOT);
    }

    /**
     * The lab of a read file, or bad input listing its first errors (in {@code locale}) when its
     * syntax or structure keeps it from loading.
     */
    static Lab usable(Path file, LoadResult result, Locale locale) {
        if (result.lab().isEmpty()) {
            int more = Math.max(0, result.errors().size() - LISTED);
            throw new BadInput(
                    Message.of(
                            more > 0 ? "cli.error.labInvalidMore" : "cli.error.labInvalid",
                            file,
                            result.errors().size(),
                            firstErrors(result, locale),
                            more));
        }
        return result.lab().orElseThrow();
    }

    /** The first errors of a file, one indented line each, each line starting a new line. */
    static String firstErrors(LoadResult result, Locale locale) {
        return result.errors().stream()
                .limit(LISTED)
                .map(p -> System.lineSeparator() + "  " + line(p, locale))
                .collect(Collectors.joining());
    }

    /** {@code file:line:col: error CODE [component.field]: message}, the message in a language. */
    static String line(Problem p, Locale locale) {
        StringBuilder sb = new StringBuilder();
        p.location().ifPresent(l -> sb.append(l).append(": "));
        sb.append(p.severity()).append(' ').append(p.code());
        if (p.component().isPresent() || p.field().isPresent()) {
            sb.append(" [")
                    .append(p.component().orElse(""))
                    .append(p.field().map(f -> p.component().isPresent() ? "." + f : f).orElse(""))
                    .append(']');
        }
        return sb.append(": ").append(p.message().render(locale)).toString();
    }

    /**
     * Whether a file that was read is not a lab at all: it parsed as a map with neither a {@code
     * format} nor a {@code components} key, in any YAML style (block, flow or JSON). A shell glob
     * such as {@code scenarios/*.yaml} may also match other YAML files (the scenarios' {@code
     * _conventions.yaml}). A file that does not parse, or whose top level is not a map, may be a
     * broken lab: it is not "not a lab", so the reader's errors are reported.
     */
    static boolean isNotALab(LoadResult result) {
        SourceMap where = result.sourceMap();
        return result.lab().isEmpty()
                && !where.has("", "format")
                && !where.has("", "components")
                && result.errors().stream()
                        .anyMatch(
                                p ->
                                        p.code().equals(ProblemCodes.MISSING_FIELD)
                                                && p.component().isEmpty()
                                                && p.field().equals(Optional.of("format")));
    }
}
