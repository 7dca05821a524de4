package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.RuleEdits;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.net.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowBadgesTest {

    private static Lab withoutRoute(Lab lab, String table, String route) {
        List<Route> routes = lab.component(table, RouteTable.class).orElseThrow().routes();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).toString().equals(route)) {
                return RuleEdits.removeRoute(lab, table, i).allowedEdit().orElseThrow().apply(lab);
            }
        }
        throw new AssertionError(route);
    }

    private static Lab labWithFlows() {
        Lab lab = Scenarios.lab("s3-gateway-endpoint-beats-nat-default-route");
        Flow s3 = lab.query().orElseThrow().withName("to S3");
        Flow blocked = Flow.of("i-app", "nat-a", Protocol.TCP, 22).withName("ssh to the NAT");
        return lab.withFlows(List.of(s3, blocked));
    }

    @Test
    void withNothingToCompareWithEachFlowIsReachableOrBlocked() {
        FlowBadges badges = FlowBadges.of(labWithFlows());
        assertThat(badges.badges())
                .extracting(FlowBadges.FlowBadge::badge)
                .containsExactly(FlowBadges.Badge.REACHABLE, FlowBadges.Badge.BLOCKED);
    }

    @Test
    void deletingTheEndpointRouteMarksTheFlowChangedAndItFallsBackToNat() {
        Lab before = labWithFlows();
        FlowBadges first = FlowBadges.of(before);
        Lab after = withoutRoute(before, "rt-private", "pl-s3-use1 -> vpce-s3-gw");
        FlowBadges second = first.after(after);
        FlowBadges.FlowBadge s3 = second.badges().get(0);
        assertThat(s3.badge()).isEqualTo(FlowBadges.Badge.CHANGED);
        assertThat(s3.reachable()).isTrue();
        assertThat(s3.trace().pathIds()).contains("nat-a").doesNotContain("vpce-s3-gw");
        assertThat(s3.previous().orElseThrow().pathIds()).contains("vpce-s3-gw");
        assertThat(second.badges().get(1).badge()).isEqualTo(FlowBadges.Badge.BLOCKED);
        // Nothing changes on the next edit that does not touch the path: the badge settles.
        FlowBadges third = second.after(after.withTitle("renamed", ""));
        assertThat(third.badges().get(0).badge()).isEqualTo(FlowBadges.Badge.REACHABLE);
    }

    @Test
    void deletingBothRoutesBlocksTheFlowAndTheBadgeSaysChanged() {
        Lab before = labWithFlows();
        Lab after =
                withoutRoute(
                        withoutRoute(before, "rt-private", "pl-s3-use1 -> vpce-s3-gw"),
                        "rt-private",
                        "0.0.0.0/0 -> nat-a");
        FlowBadges badges = FlowBadges.compare(before, after, after.flows());
        assertThat(badges.badges().get(0).badge()).isEqualTo(FlowBadges.Badge.CHANGED);
        assertThat(badges.badges().get(0).reachable()).isFalse();
    }
}
