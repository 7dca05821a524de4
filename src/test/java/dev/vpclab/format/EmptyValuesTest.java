package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A required value written empty ({@code ''}, blank, {@code null}, {@code ~} or nothing after the
 * colon) is refused at its own line, naming the component and the field: never accepted, never
 * placed at 1:1.
 */
class EmptyValuesTest {
    private static final String VPC = "    region: us-east-1\n    cidr: 10.0.0.0/16\n";

    private static List<Problem> errors(String components) {
        LoadResult r = LabReader.read("format: vpclab/1\ncomponents:\n" + components, "e.yaml");
        assertThat(r.lab()).isEmpty();
        return r.errors();
    }

    private static Problem only(String components) {
        List<Problem> errors = errors(components);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void anEmptyIdIsRefusedAtItsLine() {
        Problem p = only("  - kind: vpc\n    id: ''\n" + VPC);

        assertThat(p.code()).isEqualTo("MISSING_FIELD");
        assertThat(p.location().orElseThrow().line()).isEqualTo(4);
        assertThat(p.field()).contains("components[0].id");
        assertThat(p.message().english())
                .isEqualTo("Required field 'id' of vpc is empty: give it a value.");
        assertThat(p.message().render(Locale.KOREAN)).contains("'id'").contains("비어 있습니다");
    }

    @Test
    void aBlankOrNullIdIsRefusedTheSameWay() {
        for (String id : List.of("\"   \"", "null", "~", "")) {
            Problem p = only("  - kind: vpc\n    id: " + id + "\n" + VPC);
            assertThat(p.location().orElseThrow().line()).as(id).isEqualTo(4);
            assertThat(p.message().english()).as(id).contains("'id' of vpc is empty");
        }
    }

    @Test
    void aNullKindSaysTheKindIsMissingOrEmptyNotOfNull() {
        for (String kind : List.of("null", "''", "~", "\" \"")) {
            Problem p = only("  - id: vpc-b\n    kind: " + kind + "\n" + VPC);
            assertThat(p.component()).as(kind).contains("vpc-b");
            assertThat(p.field()).as(kind).contains("kind");
            assertThat(p.location().orElseThrow().line()).as(kind).isEqualTo(4);
            assertThat(p.message().english())
                    .as(kind)
                    .startsWith("The kind of this component is missing or empty: give one of")
                    .contains("vpc, subnet")
                    .doesNotContain("of null");
        }
    }

    @Test
    void anAbsentKindIsStillMissingAtTheComponent() {
        Problem p = only("  - id: vpc-b\n" + VPC);
        assertThat(p.message().english())
                .isEqualTo("Required field 'kind' of component is missing.");
        assertThat(p.location().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void anEmptyRequiredReferenceNamesTheComponentAndField() {
        Problem p = only("  - kind: internetGateway\n    id: igw-a\n    vpc: ''\n");

        assertThat(p.component()).contains("igw-a");
        assertThat(p.field()).contains("vpc");
        assertThat(p.location().orElseThrow().line()).isEqualTo(5);
        assertThat(p.message().english()).contains("'vpc' of internetGateway is empty");
    }

    @Test
    void anEmptyQueryEndIsRefusedAtItsLine() {
        LoadResult r =
                LabReader.read(
                        "format: vpclab/1\ncomponents: []\nquery:\n  from: ''\n  to: x\n"
                                + "  protocol: tcp\n  port: 443\n",
                        "q.yaml");
        assertThat(r.errors())
                .anySatisfy(
                        p -> {
                            assertThat(p.field()).contains("query.from");
                            assertThat(p.location().orElseThrow().line()).isEqualTo(4);
                            assertThat(p.message().english()).contains("is empty");
                        });
    }
}
