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

    @Test
    void aCloudFormationTemplateBecomesALabAndTraceTakesIpAddresses() {
        Path out = dir.resolve("cfn.yaml");
        MainTest.Outcome o =
                MainTest.run(
                        "import",
                        "cloudformation",
                        "src/test/resources/import/cloudformation/transit.yaml",
                        "--out",
                        out.toString(),
                        "--region",
                        "us-east-1");
        assertThat(o.status()).isZero();
        assertThat(o.out())
                .contains("ASSUMED transit.yaml $: AWS::Region is us-east-1 (--region).")
                .contains(
                        "IGNORED transit.yaml $.Resources.SpokeHost.Properties.KeyName.Ref: the"
                                + " parameter KeyName has no default value")
                .contains("wrote " + out);
        assertThat(LabReader.read(out).errors()).isEmpty();
        // An address in a peered VPC, an internet address, an AWS service address (S3's
        // prefix list), an IPv6 address: each is a destination, as Reachability Analyzer asks.
        MainTest.Outcome peered = trace(out, "SpokeHost", "10.2.1.10", "443");
        assertThat(peered.status()).isZero();
        assertThat(peered.out()).contains("Peering").contains("VpnHost");
        MainTest.Outcome internet = trace(out, "VpnHost", "203.0.113.10", "443");
        assertThat(internet.status()).isZero();
        // S3's address over the transit gateway meets the hub's gateway endpoint, which AWS
        // does not let traffic from another VPC use.
        MainTest.Outcome s3 = trace(out, "SpokeHost", "52.216.0.10", "443");
        assertThat(s3.out()).contains("GATEWAY_ENDPOINT_NOT_TRANSITIVE");
        MainTest.Outcome blackhole = trace(out, "SpokeHost", "10.99.1.1", "443");
        assertThat(blackhole.out()).contains("TGW_BLACKHOLE_ROUTE");
        MainTest.Outcome v6 = trace(out, "SpokeHost", "2001:db8::10", "443");
        assertThat(v6.status()).isZero();
        assertThat(v6.err()).doesNotContain("no component");
        MainTest.Outcome unknown = trace(out, "SpokeHost", "nowhere", "443");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("neither a DNS name nor an IP address");
    }

    private static MainTest.Outcome trace(Path lab, String from, String to, String port) {
        return MainTest.run(
                "trace",
                lab.toString(),
                "--from",
                from,
                "--to",
                to,
                "--protocol",
                "tcp",
                "--port",
                port);
    }
}
