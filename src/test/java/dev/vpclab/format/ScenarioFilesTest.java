package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Policy;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario file loads without errors or warnings. */
class ScenarioFilesTest {

    static Path scenarioDir() {
        try {
            return Path.of(ScenarioFilesTest.class.getResource("/scenarios").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(scenarioDir())) {
            List<Path> list =
                    files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                            .filter(p -> !p.getFileName().toString().startsWith("_"))
                            .sorted()
                            .toList();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void loadsWithOnlyTheProblemsTheScenarioDocuments(Path file) {
        LoadResult result = LabReader.read(file);

        Lab lab = result.lab().orElseThrow();
        // A scenario that teaches a configuration AWS refuses lists it under expect.validation;
        // every other scenario loads clean.
        Object expected = ((java.util.Map<?, ?>) lab.extras().get("expect")).get("validation");
        int documented = expected instanceof List<?> entries ? entries.size() : 0;
        assertThat(result.problems()).hasSize(documented);
        assertThat(result.ok()).isEqualTo(documented == 0);
        assertThat(lab.components()).isNotEmpty();
        assertThat(lab.query()).isPresent();
        assertThat(lab.extras()).containsKeys("name", "expect", "rules", "source");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void roundTripsThroughYamlToAnEqualLab(Path file) {
        LoadResult first = LabReader.read(file);
        Lab original = first.lab().orElseThrow();

        String yaml = LabWriter.toYaml(original);
        LoadResult again = LabReader.read(yaml, "saved.yaml");

        assertThat(codes(again)).isEqualTo(codes(first));
        assertThat(again.lab()).contains(original);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void jsonOfTheLabLoadsEqualToTheYaml(Path file) {
        LoadResult first = LabReader.read(file);
        Lab original = first.lab().orElseThrow();

        String json = LabWriter.toJson(original);
        LoadResult fromJson = LabReader.read(json, "saved.json");

        assertThat(codes(fromJson)).isEqualTo(codes(first));
        assertThat(fromJson.lab()).contains(original);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyComponentIsReadWithItsIdAndKindInFileOrder(Path file) throws IOException {
        // an independent reading of the same file with Jackson's generic YAML mapper
        Map<?, ?> raw = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Map.class);
        List<String> expected =
                ((List<?>) raw.get("components"))
                        .stream()
                                .map(
                                        c ->
                                                ((Map<?, ?>) c).get("kind")
                                                        + " "
                                                        + ((Map<?, ?>) c).get("id"))
                                .toList();

        Lab lab = LabReader.read(file).lab().orElseThrow();

        assertThat(lab.components())
                .extracting(c -> c.kind().fileName() + " " + c.id())
                .containsExactlyElementsOf(expected);
        Map<?, ?> query = (Map<?, ?>) raw.get("query");
        Flow flow = lab.query().orElseThrow();
        assertThat(flow.from()).isEqualTo(query.get("from"));
        assertThat(flow.to()).isEqualTo(query.get("to"));
        assertThat(flow.protocol().toString()).isEqualTo(query.get("protocol"));
    }

    @org.junit.jupiter.api.Test
    void thePrivateLinkScenarioReadsItsFields() {
        Lab lab =
                LabReader.read(
                                scenarioDir()
                                        .resolve("privatelink-consumer-to-provider-service.yaml"))
                        .lab()
                        .orElseThrow();

        assertThat(lab.title()).startsWith("Consumer instance reaches a provider service");
        assertThat(lab.region()).isEqualTo("us-east-1");
        Vpc consumer = lab.component("vpc-consumer", Vpc.class).orElseThrow();
        assertThat(consumer.account()).contains("111122223333");
        assertThat(consumer.cidr()).isEqualTo(Cidr.parse("10.0.0.0/16"));
        InterfaceEndpoint vpce = lab.component("vpce-app", InterfaceEndpoint.class).orElseThrow();
        assertThat(vpce.enis())
                .singleElement()
                .satisfies(
                        eni -> {
                            assertThat(eni.azId()).isEqualTo("use1-az1");
                            assertThat(eni.ip()).isEqualTo(IpAddress.parse("10.0.20.15"));
                        });
        assertThat(vpce.policy()).isEqualTo(new Policy.DefaultFullAccess());
        NetworkLoadBalancer nlb = lab.component("nlb-app", NetworkLoadBalancer.class).orElseThrow();
        assertThat(nlb.listeners())
                .singleElement()
                .satisfies(l -> assertThat(l.port()).isEqualTo(443));
        assertThat(nlb.targetGroups().get(0).targets())
                .extracting(t -> t.id())
                .containsExactly("i-target");
        EndpointService service =
                lab.component("vpce-svc-app", EndpointService.class).orElseThrow();
        assertThat(service.acceptanceRequired()).isTrue();
        assertThat(service.availabilityZoneIds()).containsExactly("use1-az1", "use1-az2");
        SecurityGroup target = lab.component("sg-target", SecurityGroup.class).orElseThrow();
        assertThat(target.inbound().get(0).note())
                .hasValueSatisfying(n -> assertThat(n).contains("NLB"));
        assertThat(lab.query().orElseThrow().port()).contains(443);
    }

    private static List<String> codes(LoadResult result) {
        return result.problems().stream()
                .map(p -> p.code() + " " + p.component().orElse("") + " " + p.field().orElse(""))
                .toList();
    }
}
