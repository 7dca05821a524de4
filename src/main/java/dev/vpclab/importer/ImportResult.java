package dev.vpclab.importer;

import dev.vpclab.model.Lab;
import java.util.Objects;

/** An imported lab and the report of how it was made. */
public record ImportResult(Lab lab, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(report, "report");
    }
}
