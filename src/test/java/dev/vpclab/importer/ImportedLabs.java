package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.util.List;

/** What every imported lab must do: save, load again without errors and check without errors. */
final class ImportedLabs {
    private ImportedLabs() {}

    /** The lab as the app would open it after the import wrote it. */
    static Lab savedAndLoaded(Lab lab) {
        LoadResult reloaded = LabReader.read(LabWriter.toYaml(lab), "imported.yaml");
        assertThat(reloaded.errors()).isEmpty();
        List<Problem> errors = LabChecker.check(lab).stream().filter(Problem::isError).toList();
        assertThat(errors).isEmpty();
        return reloaded.lab().orElseThrow();
    }
}
