package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleEditsTest {

    @Test
    void aRouteIsAddedEditedAndRemoved() {
        Lab lab = Labs.vpcSubnetInstance();
        Lab added =
                RuleEdits.setRoute(lab, "rtb-1", 1, "192.168.0.0/16", "i-1")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(added.component("rtb-1", RouteTable.class).orElseThrow().routes()).hasSize(2);
        assertThat(RuleEdits.setRoute(lab, "rtb-1", 1, "192.168.0.1/16", "local").refusal())
                .isPresent();
        assertThat(RuleEdits.setRoute(lab, "rtb-1", 1, "0.0.0.0/0", "nat-9").refusal())
                .map(m -> m.english())
                .contains("There is no nat-9 in this lab.");
        assertThat(RuleEdits.setRoute(added, "rtb-1", 1, "10.0.0.0/16", "local").refusal())
                .isPresent();
        Lab removed =
                RuleEdits.removeRoute(added, "rtb-1", 1).allowedEdit().orElseThrow().apply(added);
        assertThat(removed).isEqualTo(lab);
    }

    @Test
    void theLocalRouteCannotBeDeletedNorItsDestinationChanged() {
        Lab lab = Labs.vpcSubnetInstance();
        RouteTable rt = lab.component("rtb-1", RouteTable.class).orElseThrow();
        int local =
                rt.routes()
                        .indexOf(
                                rt.routes().stream()
                                        .filter(r -> r.isLocal())
                                        .findFirst()
                                        .orElseThrow());
        String cidr = rt.routes().get(local).destination().toString();
        var refusal = RuleEdits.removeRoute(lab, "rtb-1", local).refusal().orElseThrow();
        assertThat(refusal.english())
                .isEqualTo(
                        "The route "
                                + cidr
                                + " → local is the local route of rtb-1: AWS adds it to every"
                                + " route table for the VPC's CIDR and does not let it be deleted"
                                + " or its destination changed.");
        assertThat(refusal.render(Locale.KOREAN)).contains(cidr + " → local", "로컬 경로", "삭제");
        assertThat(RuleEdits.setRoute(lab, "rtb-1", local, "10.9.0.0/16", "local").refusal())
                .map(m -> m.english())
                .hasValue(refusal.english());
        // Its own destination may stay (AWS lets the local route's target be replaced).
        assertThat(RuleEdits.setRoute(lab, "rtb-1", local, cidr, "local").allowedEdit())
                .isPresent();
    }

    @Test
    void securityGroupRulesTakeProtocolPortsAndPeer() {
        Lab lab = Labs.vpcSubnetInstance();
        Lab after =
                RuleEdits.setSecurityGroupRule(lab, "sg-1", true, 1, "tcp", "443", "10.0.0.0/16")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        SecurityGroup sg = after.component("sg-1", SecurityGroup.class).orElseThrow();
        assertThat(sg.inbound().get(1).describeTraffic()).isEqualTo("tcp 443");
        assertThat(
                        RuleEdits.setSecurityGroupRule(
                                        lab, "sg-1", true, 1, "tcp", "70000", "10.0.0.0/16")
                                .refusal())
                .isPresent();
    }

    @Test
    void naclRulesStaySortedAndRefusePrefixLists() {
        Lab lab = Labs.vpcSubnetInstance();
        Lab after =
                RuleEdits.setNaclRule(
                                lab, "acl-1", false, 1, "90", "deny", "tcp", "443", "0.0.0.0/0")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(after.component("acl-1", NetworkAcl.class).orElseThrow().outbound())
                .map(Object::toString)
                .containsExactly(
                        "rule 90: deny tcp 443 0.0.0.0/0", "rule 100: allow all 0.0.0.0/0");
        assertThat(
                        RuleEdits.setNaclRule(
                                        lab,
                                        "acl-1",
                                        false,
                                        1,
                                        "90",
                                        "deny",
                                        "tcp",
                                        "443",
                                        "pl-s3-use1")
                                .refusal())
                .isPresent();
        assertThat(
                        RuleEdits.setNaclRule(
                                        lab,
                                        "acl-1",
                                        false,
                                        1,
                                        "40000",
                                        "deny",
                                        "tcp",
                                        "443",
                                        "0.0.0.0/0")
                                .refusal())
                .map(m -> m.english())
                .contains("outbound: rule number 40000 is outside 1-32766");
    }
}
