package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.check.SourceLocation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each file under bad-labs has one kind of mistake; the reader names it with its code, the
 * component, the field and the line and column, and no lab reaches the app.
 */
class BadLabsTest {

    static Path badLab(String name) {
        try {
            return Path.of(BadLabsTest.class.getResource("/bad-labs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                "unknown-kind.yaml,           UNKNOWN_KIND,       vpce-1,   kind,             6,  11",
                "duplicate-id.yaml,           DUPLICATE_ID,       host-a,   id,               10, 9",
                "wrong-type-list-for-text.yaml, WRONG_TYPE,       rt-main,  routes[2].target, 13, 17",
                "wrong-type-text-for-boolean.yaml, WRONG_TYPE,    vpc-main, enableDnsSupport, 8,  23",
                "wrong-type-in-json.json,     WRONG_TYPE,         vpc-main, enableDnsSupport, 10, 24",
                "invalid-cidr.yaml,           INVALID_CIDR,       vpc-main, cidr,             7,  11",
                "invalid-ip.yaml,             INVALID_ADDRESS,    vpce-app, enis[0].ip,       15, 13",
                "missing-field.yaml,          MISSING_FIELD,      subnet-a, cidr,             4,  5",
                "missing-format.yaml,         MISSING_FIELD,      -,        format,           1,  1",
                "wrong-format-version.yaml,   UNSUPPORTED_FORMAT, -,        format,           2,  9",
                "yaml-syntax.yaml,            YAML_SYNTAX,        -,        -,                6,  4",
                "duplicate-key.yaml,          DUPLICATE_KEY,      -,        -,                8,  5",
                "alias-bomb.yaml,             TOO_LARGE,          -,        -,                8,   8",
                "deep-nesting.yaml,           TOO_LARGE,          -,        -,                3,  70",
            })
    void namesTheMistakeWhereItIs(
            String file, String code, String component, String field, int line, int column) {
        LoadResult result = LabReader.read(badLab(file));

        assertThat(result.lab()).isEmpty();
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).hasSize(1);
        Problem p = result.problems().get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.component()).isEqualTo(Optional.ofNullable(component));
        assertThat(p.field()).isEqualTo(Optional.ofNullable(field));
        assertThat(p.location())
                .contains(new SourceLocation(badLab(file).toString(), line, column));
        // every message has an English and a Korean text, not the bare key
        assertThat(p.message().english()).doesNotStartWith("format.");
        assertThat(p.message().render(Locale.KOREAN))
                .doesNotStartWith("format.")
                .isNotEqualTo(p.message().english());
    }

    @Test
    void wrongVersionNamesTheVersion() {
        Problem p = LabReader.read(badLab("wrong-format-version.yaml")).problems().get(0);

        assertThat(p.message().english()).contains("vpclab/2").contains("vpclab/1");
    }

    @Test
    void unknownKindListsTheKnownKinds() {
        Problem p = LabReader.read(badLab("unknown-kind.yaml")).problems().get(0);

        assertThat(p.message().english())
                .contains("vpcEndpoint")
                .contains("gatewayEndpoint")
                .contains("interfaceEndpoint");
    }

    @Test
    void invalidCidrKeepsTheMessageOfTheParser() {
        Problem p = LabReader.read(badLab("invalid-cidr.yaml")).problems().get(0);

        assertThat(p.message().english()).contains("host bits set").contains("10.0.0.0/16");
    }

    @Test
    void everyProblemOfTheFileIsReportedNotOnlyTheFirst() {
        LoadResult result = LabReader.read(badLab("many-problems.yaml"));

        assertThat(result.lab()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::code, p -> p.component().orElse(""), p -> p.field().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INVALID_CIDR", "vpc-main", "cidr"),
                        org.assertj.core.groups.Tuple.tuple(
                                "INVALID_ADDRESS", "i-app", "privateIp"),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_KIND", "ship-1", "kind"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_FIELD", "", "query.port"));
    }

    @Test
    void invalidPortsAndProtocolAreBothReported() {
        List<Problem> problems = LabReader.read(badLab("invalid-ports.yaml")).problems();

        assertThat(problems)
                .extracting(Problem::code, p -> p.field().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INVALID_VALUE", "inbound[0].ports"),
                        org.assertj.core.groups.Tuple.tuple(
                                "INVALID_VALUE", "outbound[0].protocol"));
        assertThat(problems.get(0).message().english()).contains("443-80");
    }

    @Test
    void anUnknownFieldIsAWarningAndTheLabStillLoads() {
        LoadResult result = LabReader.read(badLab("unknown-field.yaml"));

        assertThat(result.lab()).isPresent();
        assertThat(result.ok()).isTrue();
        assertThat(result.problems()).hasSize(1);
        Problem p = result.problems().get(0);
        assertThat(p.isError()).isFalse();
        assertThat(p.code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(p.component()).contains("igw-main");
        assertThat(p.field()).contains("colour");
        assertThat(p.location().orElseThrow().line()).isEqualTo(7);
    }

    @Test
    void aMissingFileIsAProblemNamingTheFileNotAnException() {
        Path missing = Path.of("no-such-folder", "lab.yaml");

        LoadResult result = LabReader.read(missing);

        assertThat(result.lab()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.code()).isEqualTo("IO_ERROR");
                            assertThat(p.message().english()).contains(missing.toString());
                        });
    }
}
