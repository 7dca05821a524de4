package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Severity;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsDescribeImporterTest {
    static final Path GATEWAY = Path.of("src/test/resources/import/aws-gateway");

    @TempDir Path dir;

    @Test
    void aFlatExportBecomesALabThatLoadsChecksCleanAndTracesS3ThroughTheGatewayEndpoint()
            throws Exception {
        ImportResult result = AwsDescribeImporter.importFrom(GATEWAY);
        Lab lab = result.lab();
        // The Region comes from the subnets' zones: the files sit directly in the folder.
        assertThat(lab.region()).isEqualTo("us-east-1");
        assertThat(lab.component("vpc-0e9801d129EXAMPLE", Vpc.class)).isPresent();
        LoadResult reloaded = LabReader.read(LabWriter.toYaml(lab), "imported.yaml");
        assertThat(reloaded.errors()).isEmpty();
        assertThat(LabChecker.check(lab)).noneMatch(p -> p.severity() == Severity.ERROR);

        Trace s3 =
                Tracer.trace(
                        reloaded.lab().orElseThrow(),
                        Flow.of(
                                "i-1234567890abcdef0",
                                "s3.us-east-1.amazonaws.com",
                                Protocol.TCP,
                                443));
        assertThat(s3.reachable()).isTrue();
        assertThat(s3.pathIds())
                .contains("vpce-032a826a7EXAMPLE")
                .doesNotContain("nat-05dba92075EXAMPLE");
    }

    @Test
    void theReportSaysWhatWasIgnoredAndAssumedWithFileAndPath() throws Exception {
        ImportReport report = AwsDescribeImporter.importFrom(GATEWAY).report();
        assertThat(report.with(Outcome.IGNORED))
                .anyMatch(e -> e.file().equals("rds.json") && e.jsonPath().equals("$.DBInstances"))
                .anyMatch(e -> e.jsonPath().equals("$.Reservations[0].Instances[1]"))
                .anyMatch(e -> e.jsonPath().equals("$.RouteTables[1].Routes[1]"));
        // The public subnet's table was exported without its local route: rebuilt, and said so.
        assertThat(report.with(Outcome.ASSUMED))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .contains("rtb-0bbbbbbbbbEXAMPLE: the local route"))
                .anyMatch(e -> e.message().english().contains("DNS support on"));
    }

    @Test
    void aZipOfTheRegionLayoutTakesTheRegionFromTheFolder() throws Exception {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.list(GATEWAY)) {
                for (Path f : files.sorted().toList()) {
                    out.putNextEntry(
                            new ZipEntry("accounts/111122223333/us-east-1/" + f.getFileName()));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
        }
        Lab lab = AwsDescribeImporter.importFrom(zip).lab();
        Vpc vpc = lab.component("vpc-0e9801d129EXAMPLE", Vpc.class).orElseThrow();
        assertThat(vpc.region()).isEqualTo("us-east-1");
        assertThat(vpc.account()).contains("111122223333");
    }

    @Test
    void aTruncatedFileNamesTheFileAndTheLine() throws Exception {
        Files.writeString(dir.resolve("vpcs.json"), "{\"Vpcs\": [\n  {\"VpcId\": \"vpc-1\",\n");
        assertThatThrownBy(() -> AwsDescribeImporter.importFrom(dir))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("vpcs.json:3:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aBadFieldNamesTheFileTheLineAndTheJsonPath() throws Exception {
        Path region = Files.createDirectories(dir.resolve("eu-west-1"));
        Files.writeString(
                region.resolve("v.json"),
                "{\"Vpcs\": [\n  {\"VpcId\": \"vpc-1\",\n   \"CidrBlock\": \"10.0.0.300/16\"}]}");
        assertThatThrownBy(() -> AwsDescribeImporter.importFrom(dir))
                .isInstanceOf(ImportFailure.class)
                .hasMessage(
                        "eu-west-1/v.json:3: $.Vpcs[0].CidrBlock: expected a CIDR block, not"
                                + " '10.0.0.300/16'.");
    }

    @Test
    void aFlatFolderThatDoesNotSayItsRegionIsRefusedNotGivenADefault() throws Exception {
        Files.writeString(
                dir.resolve("v.json"),
                "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"}]}");
        assertThatThrownBy(() -> AwsDescribeImporter.importFrom(dir))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("Region");
    }
}
