package dev.vpclab.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ComparisonCardTest {
    @Test
    void theShippedCardComparesTheThreeWaysOutInBothLanguages() {
        ComparisonCard card = ComparisonCard.standard();
        assertThat(card.columns())
                .extracting(ComparisonCard.Column::id)
                .containsExactly("gatewayEndpoint", "interfaceEndpoint", "natGateway");
        assertThat(card.rows())
                .extracting(r -> r.aspect().en())
                .contains(
                        "Services",
                        "How traffic is directed",
                        "Region scope",
                        "Security groups",
                        "Policies");
        for (ComparisonCard.Row row : card.rows()) {
            for (ComparisonCard.Column c : card.columns()) {
                assertThat(row.cell(c.id()))
                        .hasValueSatisfying(t -> assertThat(t.complete()).isTrue());
            }
        }
        ComparisonCard.Row onPrem =
                card.rows().stream()
                        .filter(r -> r.aspect().en().startsWith("From on-premises"))
                        .findFirst()
                        .orElseThrow();
        assertThat(onPrem.cell("gatewayEndpoint").orElseThrow().in(Locale.KOREAN))
                .isEqualTo("지원하지 않음");
    }

    @Test
    void everyCellReadsBackAsTheExactTextOfTheFileInBothLanguages() throws IOException {
        List<String> file = new ArrayList<>();
        Pattern pair = Pattern.compile("\\b(en|ko): '((?:[^']|'')*)'");
        for (String line :
                Files.readAllLines(
                        Path.of("assets/study/comparison.yaml"), StandardCharsets.UTF_8)) {
            Matcher m = pair.matcher(line);
            while (m.find()) {
                file.add(m.group(2).replace("''", "'"));
            }
        }
        ComparisonCard card = ComparisonCard.standard();
        List<String> read = new ArrayList<>();
        read.add(card.title().en());
        read.add(card.title().ko());
        for (ComparisonCard.Column c : card.columns()) {
            read.add(c.title().en());
            read.add(c.title().ko());
        }
        for (ComparisonCard.Row row : card.rows()) {
            read.add(row.aspect().en());
            read.add(row.aspect().ko());
            for (ComparisonCard.Column c : card.columns()) {
                read.add(row.cell(c.id()).orElseThrow().en());
                read.add(row.cell(c.id()).orElseThrow().ko());
            }
        }
        // Every text of the card is quoted in the file, so the file lists them all, in order.
        assertThat(read).containsExactlyElementsOf(file);
        assertThat(read).doesNotContain("true", "false").allMatch(t -> !t.isBlank());
    }

    @Test
    void anUnquotedYesOrCommaIsRefusedInsteadOfShownWrong() {
        String yes =
                "format: vpclab-comparison/1\ntitle: {en: T, ko: T}\ncolumns:\n"
                        + "  - id: a\n    title: {en: A, ko: A}\nrows:\n"
                        + "  - aspect: {en: X, ko: X}\n    cells:\n      a: {en: Yes, ko: 네}\n";
        String comma = yes.replace("{en: Yes, ko: 네}", "{en: S3, DynamoDB, ko: 네}");
        for (String text : List.of(yes, comma)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () ->
                                    ComparisonCard.read(
                                            new ByteArrayInputStream(
                                                    text.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("comparison card");
        }
    }
}
