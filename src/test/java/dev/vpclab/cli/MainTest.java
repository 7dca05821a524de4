package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    /** The golden scenarios, copied into the test resources. */
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios").toAbsolutePath();

    static final String S3_GATEWAY =
            SCENARIOS.resolve("s3-gateway-endpoint-beats-nat-default-route.yaml").toString();
    static final String NACL_DENY =
            SCENARIOS.resolve("nacl-deny-outbound-443-fails.yaml").toString();

    @TempDir Path dir;

    /** What one run printed and returned. */
    record Outcome(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void traceOfAScenarioQueryReadsLikeALesson() {
        Outcome o = run("trace", S3_GATEWAY);
        assertThat(o.status()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out())
                .contains("DNS first: my-bucket.s3.us-east-1.amazonaws.com")
                .contains("route table lookup: pl-s3-use1 -> vpce-s3-gw")
                .contains("not chosen: 0.0.0.0/0 -> nat-a")
                .contains("Verdict: REACHABLE");
    }

    @Test
    void aLabThatAwsWouldRefuseStillTracesToShowWhatHappens() {
        // The peering between overlapping VPCs is a design-time error, not unreadable input.
        Outcome o =
                run(
                        "trace",
                        SCENARIOS
                                .resolve("vpc-peering-overlapping-cidrs-cannot-be-created.yaml")
                                .toString(),
                        "--json");
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains("\"reason\":\"VPC_PEERING_CIDR_OVERLAP\"");
    }

    @Test
    void aGlobOfScenariosSkipsTheConventionsFileWithANote() {
        Outcome o =
                run(
                        "trace",
                        SCENARIOS.resolve("_conventions.yaml").toString(),
                        S3_GATEWAY,
                        NACL_DENY,
                        "--json");
        // The other files are traced, but a file given and not traced is bad input: exit 2.
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.outLines()).hasSize(2);
        assertThat(o.err()).contains("_conventions.yaml").contains("not a lab file");
    }

    @Test
    void aLabInYamlFlowStyleIsTracedAmongOthersAndAFlowStyleNonLabIsSkipped() throws Exception {
        Object tree = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of(S3_GATEWAY)));
        org.yaml.snakeyaml.DumperOptions flow = new org.yaml.snakeyaml.DumperOptions();
        flow.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
        flow.setWidth(100);
        Path flowLab = dir.resolve("flow.yaml");
        Files.writeString(flowLab, new org.yaml.snakeyaml.Yaml(flow).dump(tree));
        assertThat(Files.readString(flowLab)).startsWith("{").doesNotContain("\nformat:");
        Path notes = dir.resolve("notes.yaml");
        Files.writeString(notes, "{conventions: {ports: 'Ports are strings'}}\n");

        Outcome o = run("trace", flowLab.toString(), NACL_DENY, "--json");
        assertThat(o.err()).isEmpty();
        assertThat(o.status()).isZero();
        assertThat(o.outLines()).hasSize(2);
        assertThat(o.outLines().get(0)).contains("flow.yaml").contains("\"reachable\":true");

        Outcome skipped = run("trace", flowLab.toString(), notes.toString(), "--json");
        assertThat(skipped.status()).isEqualTo(2);
        assertThat(skipped.outLines()).hasSize(1);
        assertThat(skipped.err()).contains("notes.yaml").contains("not a lab file");
    }

    @Test
    void unreachableFlowIsAResultWithExitZero() {
        Outcome o = run("trace", NACL_DENY);
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains("Verdict: NOT REACHABLE").contains("NACL_DENY");
    }

    @Test
    void traceJsonOfSeveralFilesIsOneLinePerFile() throws Exception {
        Outcome o = run("trace", S3_GATEWAY, NACL_DENY, "--json");
        assertThat(o.status()).isZero();
        assertThat(o.outLines()).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(o.outLines().get(0));
        JsonNode second = mapper.readTree(o.outLines().get(1));
        assertThat(first.get("file").asText())
                .endsWith("s3-gateway-endpoint-beats-nat-default-route.yaml");
        assertThat(first.get("reachable").asBoolean()).isTrue();
        assertThat(first.get("dns").get("answerKind").asText()).isEqualTo("publicServiceIp");
        assertThat(second.get("reachable").asBoolean()).isFalse();
        assertThat(second.get("blockedAt").get("reason").asText()).isEqualTo("NACL_DENY");
    }

    @Test
    void flowGivenOnTheCommandLineReplacesTheQuery() throws Exception {
        Outcome o =
                run(
                        "trace",
                        S3_GATEWAY,
                        "--from",
                        "i-app",
                        "--to",
                        "host-nowhere.example.com",
                        "--protocol",
                        "tcp",
                        "--port",
                        "443",
                        "--json");
        assertThat(o.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.get("flow").get("to").asText()).isEqualTo("host-nowhere.example.com");
        assertThat(json.get("flow").has("request")).isFalse();
    }

    @Test
    void aFlowThroughAnInstanceConnectEndpointIsGivenWithVia() throws Exception {
        String lab =
                SCENARIOS
                        .resolveSibling("scenarios-extra")
                        .resolve("eice-ssh-from-internet-to-private-instance-works.yaml")
                        .toString();
        Outcome o =
                run(
                        "trace",
                        lab,
                        "--from",
                        "host-admin",
                        "--to",
                        "i-private",
                        "--port",
                        "22",
                        "--via",
                        "eice-main",
                        "--json");
        assertThat(o.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.get("flow").get("via").asText()).isEqualTo("eice-main");
        assertThat(json.get("reachable").asBoolean()).isTrue();
        Outcome without =
                run(
                        "trace",
                        lab,
                        "--from",
                        "host-admin",
                        "--to",
                        "i-private",
                        "--port",
                        "22",
                        "--json");
        assertThat(new ObjectMapper().readTree(without.out()).get("reachable").asBoolean())
                .as("without the endpoint an internet host cannot reach a private instance")
                .isFalse();
    }

    @Test
    void unknownSourceIdIsBadInputWithOneParagraph() {
        Outcome o = run("trace", S3_GATEWAY, "--from", "i-ghost", "--to", "i-app", "--port", "22");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err())
                .contains("no component with id 'i-ghost'")
                .contains("i-app")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void missingFileIsBadInput() {
        Outcome o = run("trace", dir.resolve("absent.yaml").toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("absent.yaml does not exist");
    }

    @Test
    void malformedLabIsBadInputForTraceAndAnErrorExitForCheck() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(
                broken,
                "format: vpclab/1\ncomponents:\n  - kind: vpc\n    id: [oops\n",
                StandardCharsets.UTF_8);

        Outcome trace = run("trace", broken.toString());
        assertThat(trace.status()).isEqualTo(2);
        assertThat(trace.err()).contains("broken.yaml does not load").contains("vpclab check");

        Outcome check = run("check", broken.toString());
        assertThat(check.status()).as("spec section 6: check of a lab with errors").isEqualTo(2);
        assertThat(check.out()).contains("broken.yaml:").contains("error");
    }

    @Test
    void checkListsProblemsWithCodeComponentAndLocation() throws Exception {
        Path lab = dir.resolve("dangling.yaml");
        Files.writeString(
                lab,
                String.join(
                        "\n",
                        "format: vpclab/1",
                        "region: us-east-1",
                        "components:",
                        "  - kind: vpc",
                        "    id: vpc-a",
                        "    region: us-east-1",
                        "    cidr: 10.0.0.0/16",
                        "    enableDnsSupport: true",
                        "    enableDnsHostnames: true",
                        "  - kind: vpc",
                        "    id: vpc-a",
                        "    region: us-east-1",
                        "    cidr: 10.1.0.0/16",
                        "    enableDnsSupport: true",
                        "    enableDnsHostnames: true",
                        ""),
                StandardCharsets.UTF_8);
        Outcome o = run("check", lab.toString(), "--json");
        assertThat(o.status()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isPositive();
        JsonNode first = json.get("problems").get(0);
        assertThat(first.get("code").asText()).isNotBlank();
        assertThat(first.get("line").asInt()).isPositive();
        assertThat(first.get("file").asText()).endsWith("dangling.yaml");
    }

    @Test
    void checkExitsTwoWhenAnyFileHasErrorsAndStillReportsEveryFile() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "format: vpclab/1\ncomponents:\n  - kind: vpc\n");
        String good = SCENARIOS.resolve("vpc-peering-basic-works.yaml").toString();
        Outcome o = run("check", bad.toString(), good);
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.out())
                .contains("bad.yaml: 3 error(s)")
                .contains("vpc-peering-basic-works.yaml: no problems found.");
        assertThat(run("check", "--help").out()).contains("2 when a file");
    }

    @Test
    void checkOfALabWithWarningsOnlyExitsZero() throws Exception {
        Path lab = dir.resolve("warned.yaml");
        Files.writeString(
                lab,
                String.join(
                        "\n",
                        "format: vpclab/1",
                        "components:",
                        "  - kind: vpc",
                        "    id: vpc-a",
                        "    region: us-east-1",
                        "    cidr: 10.0.0.0/16",
                        "    colour: blue",
                        ""));
        Outcome o = run("check", lab.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertThat(json.get("warnings").asInt()).as(o.out()).isPositive();
        assertThat(json.get("errors").asInt()).isZero();
        assertThat(o.status()).isZero();
    }

    @Test
    void checkOfAGoodScenarioSaysSo() {
        Outcome o = run("check", SCENARIOS.resolve("vpc-peering-basic-works.yaml").toString());
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains("vpc-peering-basic-works.yaml: no problems found.");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Outcome o = run("trace", "--no-such-option", S3_GATEWAY);
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("--no-such-option").contains("vpclab trace --help");
    }

    @Test
    void flowOptionsNeedFromAndTo() {
        Outcome o = run("trace", S3_GATEWAY, "--from", "i-app", "--port", "443");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("needs both --from");
    }

    @Test
    void versionAndHelp() {
        Outcome version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).contains("vpclab").contains("vpclab/1");

        Outcome help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("trace").contains("check").contains("Exit status");

        Outcome none = run();
        assertThat(none.status()).isZero();
        assertThat(none.out()).contains("Usage: vpclab");
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : new String[] {"trace", "check", "reach", "generate"}) {
            Outcome help = run(command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: vpclab " + command);
            assertThat(help.err()).as(command).isEmpty();
        }
    }

    @Test
    void textOutputSpeaksKorean() {
        Outcome o = run("--lang", "ko", "trace", NACL_DENY);
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains("판정: 도달 불가");
    }

    @Test
    void reachPrintsEveryPairWithItsVerdict() {
        Outcome o = run("reach", SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString());
        assertThat(o.status()).isZero();
        assertThat(o.out())
                .contains("i-a   i-b  reachable")
                .contains("i-a   i-c  blocked at pcx-a-b: PEERING_NOT_TRANSITIVE")
                .contains("3 of 6 pairs are reachable.");
    }

    @Test
    void reachJsonStreamsAHeaderThenOneLinePerCell() throws Exception {
        Outcome o =
                run(
                        "reach",
                        SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString(),
                        "--json");
        assertThat(o.status()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines).hasSize(7);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode header = mapper.readTree(lines.get(0));
        assertThat(header.get("port").asInt()).isEqualTo(443);
        assertThat(header.get("sources")).hasSize(3);
        JsonNode blocked = mapper.readTree(lines.get(2));
        assertThat(blocked.get("to").asText()).isEqualTo("i-c");
        assertThat(blocked.get("reachable").asBoolean()).isFalse();
        assertThat(blocked.get("blockedAt").get("reason").asText())
                .isEqualTo("PEERING_NOT_TRANSITIVE");
    }

    @Test
    void reachKeepsOnlyTheAskedSourcesAndVerdicts() throws Exception {
        Outcome o =
                run(
                        "reach",
                        SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString(),
                        "--from",
                        "i-a",
                        "--only",
                        "blocked",
                        "--json");
        assertThat(o.status()).isZero();
        List<String> cells = o.out().lines().skip(1).toList();
        assertThat(cells).hasSize(1);
        JsonNode cell = new ObjectMapper().readTree(cells.get(0));
        assertThat(cell.get("from").asText()).isEqualTo("i-a");
        assertThat(cell.get("to").asText()).isEqualTo("i-c");
    }

    @Test
    void reachSummaryCountsPairsPerVpc() {
        Outcome o =
                run(
                        "reach",
                        SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString(),
                        "--summary");
        assertThat(o.status()).isZero();
        assertThat(o.out()).contains("source VPC (rows)").contains("1/0").contains("0/1");
    }

    @Test
    void reachRefusesAnUnknownVerdictFilter() {
        Outcome o =
                run(
                        "reach",
                        SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString(),
                        "--only",
                        "maybe");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("blocked or reachable");
    }

    @Test
    void reachRefusesIcmpAsAMatrixProtocol() {
        Outcome o =
                run(
                        "reach",
                        SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString(),
                        "--protocol",
                        "icmp");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("tcp or udp");
    }

    @Test
    void generateWritesALabThatChecksCleanAndTraces() throws Exception {
        Path lab = dir.resolve("big.yaml");
        Outcome generated =
                run("generate", "--components", "300", "--seed", "5", "--out", lab.toString());
        assertThat(generated.status()).isZero();
        assertThat(generated.out()).contains("big.yaml").contains("components");

        Outcome check = run("check", lab.toString(), "--json");
        assertThat(check.status()).isZero();
        JsonNode result = new ObjectMapper().readTree(check.out());
        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(result.get("errors").asInt()).isZero();

        Outcome trace = run("trace", lab.toString(), "--json");
        assertThat(trace.status()).isZero();
        assertThat(trace.outLines()).hasSizeGreaterThanOrEqualTo(5);
        for (String line : trace.outLines()) {
            assertThat(new ObjectMapper().readTree(line).get("reachable").asBoolean())
                    .as(line)
                    .isTrue();
        }
    }

    @Test
    void sameSeedGeneratesTheSameFile() throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        run("generate", "--components", "200", "--seed", "9", "--out", a.toString());
        run("generate", "--components", "200", "--seed", "9", "--out", b.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        Outcome printed = run("generate", "--components", "200", "--seed", "9");
        assertThat(printed.out()).isEqualTo(Files.readString(a));
    }

    @Test
    void generateRefusesImpossibleSizesAndMissingFolders() {
        Outcome tiny = run("generate", "--components", "5");
        assertThat(tiny.status()).isEqualTo(2);
        assertThat(tiny.err()).contains("between 40 and 60000");

        Outcome nowhere =
                run(
                        "generate",
                        "--components",
                        "100",
                        "--out",
                        dir.resolve("no/such/folder/lab.yaml").toString());
        assertThat(nowhere.status()).isEqualTo(2);
        assertThat(nowhere.err()).contains("does not exist");
    }
}
