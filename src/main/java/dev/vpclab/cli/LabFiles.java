package dev.vpclab.cli;

import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
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
        LoadResult result = read(file);
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
     * Whether a file looks like a lab at all: it has a top-level {@code format} or {@code
     * components} key. A shell glob such as {@code scenarios/*.yaml} may also match other YAML
     * files (the scenarios' {@code _conventions.yaml}); those are skipped with a note rather than
     * failing the whole command.
     */
    static boolean looksLikeLab(Path file) {
        try {
            String text = Files.readString(file);
            return LAB_KEY.matcher(text).find();
        } catch (java.io.IOException | RuntimeException e) {
            return true; // let the reader report what is wrong with it
        }
    }

    private static final java.util.regex.Pattern LAB_KEY =
            java.util.regex.Pattern.compile(
                    "(?m)^(format|components)\\s*:|\"(format|components)\"\\s*:");
}
