package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.format.TraceJson;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renaming a component changes its id and the references to it, and nothing else: every example
 * lab, with each of its components renamed in turn, loads, checks and traces as before.
 */
class RenameEveryComponentTest {
    // No example lab uses this text, so mapping it back is exact. The fresh id keeps the old id's
    // prefix ("sg-", "pl-"): the lab format tells a rule's security-group peer by it.
    private static final String FRESH = "zzrenamed";

    static Stream<Path> exampleLabs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/labs"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLabs")
    void everyComponentRenamesWithoutChangingTheLab(Path file) {
        Lab lab = LabReader.read(file).lab().orElseThrow();
        assertThat(LabWriter.toYaml(lab)).doesNotContain(FRESH);
        List<String> checked = checked(lab, "", "");
        List<String> traced = traced(lab, "", "");
        assertThat(lab.components()).isNotEmpty();
        for (Component c : lab.components()) {
            String old = c.id();
            String fresh =
                    old.contains("-") ? old.substring(0, old.indexOf('-') + 1) + FRESH : FRESH;
            Lab renamed =
                    ComponentFields.rename(lab, old, fresh)
                            .allowedEdit()
                            .orElseThrow(() -> new AssertionError("rename refused: " + old))
                            .apply(lab);
            assertThat(renamed.component(old)).as(old + " is gone").isEmpty();
            assertThat(renamed.component(fresh).map(Component::kind)).contains(c.kind());

            LoadResult reloaded = LabReader.read(LabWriter.toYaml(renamed), "renamed.yaml");
            assertThat(reloaded.errors()).as("reload after renaming " + old).isEmpty();
            assertThat(checked(reloaded.lab().orElseThrow(), fresh, old))
                    .as("check after renaming " + old)
                    .isEqualTo(checked);
            assertThat(traced(renamed, fresh, old))
                    .as("traces after renaming " + old)
                    .isEqualTo(traced);
        }
    }

    @Test
    void renamingAnAwsServiceCalledS3KeepsTheGatewayEndpointsServiceName() throws IOException {
        // The default lab with its AWS service's id "s3-use1" shortened to "s3".
        String yaml =
                Files.readString(Path.of("assets/labs/default.yaml"))
                        .replace("  id: s3-use1\n", "  id: s3\n")
                        .replace("  s3-use1: {", "  s3: {");
        Lab lab = LabReader.read(yaml, "s3.yaml").lab().orElseThrow();
        assertThat(lab.component("s3")).isPresent();
        List<String> before = checked(lab, "", "");
        GatewayEndpoint gwe = lab.all(GatewayEndpoint.class).findFirst().orElseThrow();
        assertThat(gwe.service()).isEqualTo("s3");

        Lab after =
                ComponentFields.rename(lab, "s3", "s3-main").allowedEdit().orElseThrow().apply(lab);

        assertThat(after.component(gwe.id(), GatewayEndpoint.class).orElseThrow().service())
                .isEqualTo("s3");
        assertThat(after.component("s3-main").map(c -> ((AwsService) c).service())).contains("s3");
        assertThat(checked(after, "s3-main", "s3")).isEqualTo(before);
    }

    private static List<String> checked(Lab lab, String fresh, String old) {
        List<String> out = new ArrayList<>();
        for (Problem p : LabChecker.check(lab)) {
            String line = p.code() + " " + p.component().orElse("") + " " + p.field().orElse("");
            out.add(back(line + " " + p.message(), fresh, old));
        }
        return out;
    }

    private static List<String> traced(Lab lab, String fresh, String old) {
        List<String> out = new ArrayList<>();
        List<Flow> flows = new ArrayList<>(lab.flows());
        lab.query().ifPresent(flows::add);
        for (Flow f : flows) {
            out.add(back(TraceJson.toLine(Tracer.trace(lab, f)), fresh, old));
        }
        return out;
    }

    private static String back(String text, String fresh, String old) {
        return fresh.isEmpty() ? text : text.replace(fresh, old);
    }
}
