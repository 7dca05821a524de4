package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vpclab import aws|terraform}: the lab written, the report printed, bad input refused. */
class ImportCommandTest {
    @TempDir Path dir;

    @Test
    void aTerraformStateBecomesALabAndTheReportEndsWithTheSummary() {
        Path out = dir.resolve("net.yaml");
        MainTest.Outcome o =
                MainTest.run(
                        "import",
                        "terraform",
                        "src/test/resources/import/terraform/transit.tfstate.json",
                        "--out",
                        out.toString());
        assertThat(o.status()).isZero();
        assertThat(o.out())
                .contains("ASSUMED transit.tfstate.json $.values.root_module.child_modules[1]")
                .contains(
                        "data.aws_caller_identity.current: the resource type aws_caller_identity is not imported")
                .contains("wrote " + out);
        assertThat(LabReader.read(out).errors()).isEmpty();
        MainTest.Outcome trace =
                MainTest.run(
                        "trace",
                        out.toString(),
                        "--from",
                        "i-0a0a5e1b2c3d4e5f6",
                        "--to",
                        "10.99.1.1",
                        "--protocol",
                        "tcp",
                        "--port",
                        "443");
        assertThat(trace.status()).isZero();
        assertThat(trace.out()).contains("TGW_BLACKHOLE_ROUTE");
    }

    @Test
    void aLabNamedDotJsonIsWrittenAsJsonAndLoadsTheSame() throws Exception {
        Path out = dir.resolve("net.json");
        MainTest.Outcome o =
                MainTest.run(
                        "import",
                        "aws",
                        "src/test/resources/import/aws-privatelink",
                        "--out",
                        out.toString(),
                        "--json");
        assertThat(o.status()).isZero();
        assertThat(o.out()).startsWith("{\"entries\":[");
        assertThat(Files.readString(out)).startsWith("{");
        assertThat(LabReader.read(out).errors()).isEmpty();
        assertThat(LabReader.read(out).lab().orElseThrow().components())
                .anyMatch(c -> c.id().equals("vpce-svc-0a0b0c0d0e0f01234"));
    }

    @Test
    void anUnknownFormatOrABrokenStateIsBadInputAndWritesNoLab() throws Exception {
        Path out = dir.resolve("net.yaml");
        MainTest.Outcome o = MainTest.run("import", "cloudform", "x.json", "--out", out.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("expected aws, terraform");
        Path broken = dir.resolve("state.json");
        Files.writeString(broken, "{\"values\": {\"root_module\": {\"resources\": [\n  {\"type\"");
        MainTest.Outcome b =
                MainTest.run("import", "terraform", broken.toString(), "--out", out.toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err()).contains("state.json:2:").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
