package dev.vpclab.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
