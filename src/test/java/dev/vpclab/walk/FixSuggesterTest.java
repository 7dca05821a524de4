package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.EditHistory;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.routing.ReasonCode;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixSuggesterTest {

    private static Trace trace(Lab lab) {
        return Tracer.trace(lab, lab.query().orElseThrow());
    }

    /** Applies the suggested fix as the app does (undoably) and traces the same flow again. */
    private static Trace fixed(Lab lab, ReasonCode expected, String labelContains) {
        Trace before = trace(lab);
        assertThat(before.reachable()).isFalse();
        assertThat(before.blockedAt().orElseThrow().reason()).isEqualTo(expected);
        LabEdit fix = FixSuggester.suggest(lab, before).orElseThrow();
        assertThat(fix.label().english()).contains(labelContains);
        EditHistory history = new EditHistory(lab);
        assertThat(history.apply(fix)).isTrue();
        Trace after = trace(history.current());
        history.undo();
        assertThat(trace(history.current()).reachable()).isFalse();
        return after;
    }

    private static Lab withoutRoute(Lab lab, String table, String route) {
        List<Route> routes = lab.component(table, RouteTable.class).orElseThrow().routes();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).toString().equals(route)) {
                return RuleEdits.removeRoute(lab, table, i).allowedEdit().orElseThrow().apply(lab);
            }
        }
        throw new AssertionError("no route " + route + " in " + table);
    }

    @Test
    void aMissingEgressRuleIsAddedToTheServicePrefixList() {
        Lab lab = Scenarios.lab("instance-sg-egress-missing-443-to-s3-fails");
        Trace after =
                fixed(lab, ReasonCode.SECURITY_GROUP_NO_EGRESS_RULE, "outbound rule to sg-app");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void aMissingIngressRuleAllowsTheClientsSecurityGroup() {
        Lab lab = Scenarios.lab("interface-endpoint-sg-missing-inbound-443-fails");
        Trace after = fixed(lab, ReasonCode.SECURITY_GROUP_NO_INGRESS_RULE, "tcp 443 from sg-app");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void aNaclDenyGetsAnAllowNumberedBelowIt() {
        Lab lab = Scenarios.lab("nacl-deny-outbound-443-fails");
        Trace after = fixed(lab, ReasonCode.NACL_DENY, "rule 89");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void aReplyDroppedByANaclGetsTheEphemeralPortsInbound() {
        Lab lab = Scenarios.lab("nacl-missing-inbound-ephemeral-return-fails");
        Trace after = fixed(lab, ReasonCode.NACL_DENY, "1024-65535");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void aDeletedEndpointRouteIsPutBack() {
        Lab lab =
                withoutRoute(
                        withoutRoute(
                                Scenarios.lab("s3-gateway-endpoint-beats-nat-default-route"),
                                "rt-private",
                                "0.0.0.0/0 -> nat-a"),
                        "rt-private",
                        "pl-s3-use1 -> vpce-s3-gw");
        Trace after = fixed(lab, ReasonCode.NO_ROUTE_TO_DESTINATION, "pl-s3-use1 → vpce-s3-gw");
        assertThat(after.reachable()).isTrue();
        assertThat(after.pathIds()).contains("vpce-s3-gw");
    }

    @Test
    void aGatewayEndpointNotAssociatedWithTheTableIsAssociated() {
        Lab lab =
                withoutRoute(
                        Scenarios.lab("gateway-endpoint-other-route-table-uses-nat"),
                        "rt-private",
                        "0.0.0.0/0 -> nat-a");
        Trace after = fixed(lab, ReasonCode.NO_ROUTE_TO_DESTINATION, "Associate");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void aMissingDefaultRouteGoesToTheNatGatewayTheLabHas() {
        Lab lab =
                withoutRoute(
                        Scenarios.lab("s3-private-subnet-via-nat-gateway"),
                        "rt-private",
                        "0.0.0.0/0 -> nat-a");
        Trace after = fixed(lab, ReasonCode.NO_ROUTE_TO_DESTINATION, "0.0.0.0/0 → nat-a");
        assertThat(after.reachable()).isTrue();
        assertThat(after.pathIds()).contains("nat-a");
    }

    @Test
    void anEndpointPolicyThatDeniesByOmissionGetsAnAllowStatement() {
        Lab lab = Scenarios.lab("endpoint-policy-one-bucket-other-bucket-denied");
        Trace after = fixed(lab, ReasonCode.ENDPOINT_POLICY_DENY, "policy of vpce-s3-gw");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void aPendingEndpointConnectionIsAccepted() {
        Lab lab = Scenarios.lab("endpoint-service-acceptance-pending-fails");
        Trace after = fixed(lab, ReasonCode.ENDPOINT_CONNECTION_NOT_ACCEPTED, "Accept");
        assertThat(after.reachable()).isTrue();
    }

    @Test
    void noFixIsOfferedWhereTheLabLacksThePieces() {
        Lab lab = Scenarios.lab("s3-private-subnet-no-egress-fails");
        assertThat(FixSuggester.suggest(lab, trace(lab))).isEmpty();
        Lab works = Scenarios.lab("s3-gateway-endpoint-beats-nat-default-route");
        assertThat(FixSuggester.suggest(works, trace(works))).isEqualTo(Optional.empty());
    }
}
