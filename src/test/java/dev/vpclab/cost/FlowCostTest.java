package dev.vpclab.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.Subnet;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import dev.vpclab.walk.Scenarios;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlowCostTest {
    private static final BigDecimal GB = BigDecimal.valueOf(100);
    private static final Prices PRICES = Prices.standard();

    private static Trace trace(Lab lab) {
        return Tracer.trace(lab, lab.query().orElseThrow());
    }

    private static FlowCost cost(String scenario) {
        Lab lab = Scenarios.lab(scenario);
        return FlowCost.of(lab, trace(lab), GB, PRICES);
    }

    @Test
    void pricesComeFromTheCatalogueWithTheirDate() {
        assertThat(PRICES.natGatewayHour()).isEqualByComparingTo("0.045");
        assertThat(PRICES.asOf()).isEqualTo("2026");
        assertThat(PRICES.asOfText().english()).contains("us-east-1").contains("2026");
        assertThat(PRICES.asOfText().render(Locale.KOREAN)).contains("2026").contains("기준");
    }

    @Test
    void viaNatTheFlowPaysGatewayHoursAndEveryGigabyteProcessed() {
        FlowCost c = cost("s3-private-subnet-via-nat-gateway");
        assertThat(c.items()).extracting(LineItem::component).containsExactly("nat-a", "nat-a");
        // 730 h x $0.045 + 100 GB x $0.045
        assertThat(c.total()).isEqualByComparingTo("37.35");
        assertThat(c.totalText().english()).isEqualTo("$37.35 per month");
        assertThat(c.items().get(0).what().english()).isEqualTo("NAT gateway hours");
        assertThat(c.items().get(1).quantity()).isEqualByComparingTo("100");
    }

    @Test
    void viaAGatewayEndpointTheFlowIsFree() {
        FlowCost c = cost("s3-gateway-endpoint-beats-nat-default-route");
        assertThat(c.items()).extracting(LineItem::component).containsExactly("vpce-s3-gw");
        assertThat(c.total()).isEqualByComparingTo("0");
    }

    @Test
    void viaAnInterfaceEndpointTheFlowPaysAzHoursAndData() {
        FlowCost c = cost("interface-endpoint-private-dns-on-stays-in-vpc");
        LineItem hours = c.items().get(0);
        assertThat(hours.unit().english()).isEqualTo("per AZ-hour");
        assertThat(hours.amount())
                .isEqualByComparingTo(hours.quantity().multiply(PRICES.interfaceEndpointAzHour()));
        assertThat(hours.quantity().intValue() % 730).isZero();
        assertThat(c.items().get(1).amount()).isEqualByComparingTo("1.00"); // 100 GB x $0.01
    }

    @Test
    void aNatGatewayInAnotherZoneAddsCrossAzTransfer() {
        Lab lab = Scenarios.lab("s3-private-subnet-via-nat-gateway");
        NatGateway nat = lab.component("nat-a", NatGateway.class).orElseThrow();
        Subnet s = lab.component(nat.subnet(), Subnet.class).orElseThrow();
        Subnet moved =
                new Subnet(
                        s.id(),
                        s.vpc(),
                        s.cidr(),
                        s.ipv6Cidr(),
                        "us-east-1b",
                        "use1-az2",
                        s.routeTable(),
                        s.nacl());
        Lab other = dev.vpclab.edit.ComponentFields.replace(lab, moved);
        FlowCost c = FlowCost.of(other, trace(other), GB, PRICES);
        assertThat(c.items())
                .anyMatch(i -> i.what().english().contains("between Availability Zones"));
        assertThat(c.total()).isEqualByComparingTo("38.35");
    }

    @Test
    void editedPricesAreUsedAndMarkedEdited() {
        Prices mine = PRICES.with("natGatewayHour", new BigDecimal("0.05"));
        Lab lab = Scenarios.lab("s3-private-subnet-via-nat-gateway");
        FlowCost c = FlowCost.of(lab, trace(lab), GB, mine);
        assertThat(c.total()).isEqualByComparingTo("41.00"); // 36.50 + 4.50
        assertThat(mine.asOf()).isEqualTo("edited");
        assertThatThrownBy(() -> PRICES.with("nope", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlowCost.of(lab, trace(lab), BigDecimal.valueOf(-1), PRICES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlockedFlowCarriesNoDataButKeepsHourlyCharges() {
        FlowCost c = cost("nat-gateway-in-private-subnet-fails");
        assertThat(c.items())
                .allMatch(i -> !i.unit().english().equals("per GB") || i.amount().signum() == 0);
    }

    @Test
    void comparingNatWithTheGatewayEndpointShowsPathSourceAndCost() {
        Lab nat = Scenarios.lab("s3-private-subnet-via-nat-gateway");
        Lab gw = Scenarios.lab("s3-gateway-endpoint-beats-nat-default-route");
        FlowComparison cmp = FlowComparison.of(nat, trace(nat), gw, trace(gw), GB, PRICES);
        assertThat(cmp.onlyInFirst()).contains("nat-a").doesNotContain("vpce-s3-gw");
        assertThat(cmp.onlyInSecond()).contains("vpce-s3-gw");
        assertThat(cmp.sourceSeenByFirst().orElseThrow().toString()).isEqualTo("203.0.113.20");
        assertThat(cmp.sourceSeenBySecond().orElseThrow().toString()).isEqualTo("10.0.1.10");
        assertThat(cmp.costDifference()).isEqualByComparingTo("-37.35");
        assertThat(cmp.summary()).anyMatch(m -> m.english().contains("-37.35"));
        assertThat(cmp.summary()).anyMatch(m -> m.english().contains("203.0.113.20"));
    }
}
