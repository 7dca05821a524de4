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
import java.util.Optional;
import java.util.stream.Collectors;

/** Loads lab files for the commands, turning what cannot be used into {@link BadInput}. */
final class LabFiles {
    /** How many errors a bad-input paragraph lists before it says "and N more". */
    private static final int LISTED = 5;

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
        return usable(file, read(file));
    }

    /**
     * The lab of a file already read, or bad input listing the errors that keep it from loading.
     */
    static Lab usable(Path file, LoadResult result) {
        if (result.lab().isEmpty()) {
            String errors =
                    result.errors().stream()
                            .limit(LISTED)
                            .map(Problem::toString)
                            .collect(Collectors.joining(System.lineSeparator() + "  "));
            int more = Math.max(0, result.errors().size() - LISTED);
            throw new BadInput(
                    Message.of(
                            more > 0 ? "cli.error.labInvalidMore" : "cli.error.labInvalid",
                            file,
                            result.errors().size(),
                            System.lineSeparator() + "  " + errors,
                            more));
        }
        return result.lab().orElseThrow();
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
