package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.importer.Importers.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app imports what is dropped on it: the format is told from the input, not asked. */
class ImportersTest {
    @TempDir Path dir;

    @Test
    void eachFixtureIsToldByWhatItIs() throws Exception {
        assertThat(Importers.detect(TransitImportTest.FIXTURE)).isEqualTo(Format.AWS);
        assertThat(Importers.detect(TerraformImportTest.STATE)).isEqualTo(Format.TERRAFORM);
        assertThat(Importers.detect(CloudFormationImportTest.TRANSIT))
                .isEqualTo(Format.CLOUDFORMATION);
        assertThat(
                        Importers.detect(
                                Path.of(
                                        "src/test/resources/import/cloudformation/privatelink.json")))
                .isEqualTo(Format.CLOUDFORMATION);
        Path vpcs = Path.of("src/test/resources/import/aws-gateway/vpcs.json");
        assertThat(Importers.detect(vpcs)).isEqualTo(Format.AWS);
        Path zip = dir.resolve("export.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4});
        assertThat(Importers.detect(zip)).isEqualTo(Format.AWS);
        // A detected template imports as one.
        ImportResult r =
                Importers.importFrom(
                        CloudFormationImportTest.TRANSIT,
                        Importers.detect(CloudFormationImportTest.TRANSIT),
                        java.util.Optional.empty());
        assertThat(r.lab().component("SpokeHost")).isPresent();
    }
}
