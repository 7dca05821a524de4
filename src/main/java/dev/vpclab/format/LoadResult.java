package dev.vpclab.format;

import dev.vpclab.check.Problem;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a lab file gave: the lab (present when the file's syntax and structure are sound, so
 * that nothing half-read reaches the app), every problem found with its location (errors and
 * warnings, including those of {@code LabChecker}), and where everything was written.
 *
 * <p>A lab whose only errors are of meaning (for example a peering between overlapping VPCs, which
 * AWS refuses) is still present, so that it can be shown with the problem on the diagram and
 * traced; {@link #ok()} is false for it.
 */
public record LoadResult(Optional<Lab> lab, List<Problem> problems, SourceMap sourceMap) {
    public LoadResult {
        Objects.requireNonNull(lab, "lab");
        problems = List.copyOf(problems);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** True when the lab was read and no problem is an error. */
    public boolean ok() {
        return lab.isPresent() && problems.stream().noneMatch(Problem::isError);
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
