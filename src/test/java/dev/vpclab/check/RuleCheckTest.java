package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static dev.vpclab.check.TestLabs.allowAll;
import static dev.vpclab.check.TestLabs.nacl;
import static dev.vpclab.check.TestLabs.peering;
import static dev.vpclab.check.TestLabs.prefixList;
import static dev.vpclab.check.TestLabs.rule;
import static dev.vpclab.check.TestLabs.securityGroup;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.NaclRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleCheckTest {

    private static TestLabs withNaclRules(List<NaclRule> inbound, List<NaclRule> outbound) {
        return TestLabs.minimal().replace(nacl("acl-main", "vpc-main", inbound, outbound));
    }

    @Test
    void naclRuleNumberAbove32766IsRefused() {
        only(
                withNaclRules(List.of(allowAll(32767, "0.0.0.0/0")), List.of()).check(),
                Severity.ERROR,
                "NACL_RULE_NUMBER",
                "acl-main",
                "inbound[0].rule");
    }

    @Test
    void twoNaclRulesWithOneNumberInOneDirectionAreRefused() {
        only(
                withNaclRules(
                                List.of(),
                                List.of(allowAll(100, "10.0.0.0/8"), allowAll(100, "0.0.0.0/0")))
                        .check(),
                Severity.ERROR,
                "NACL_RULE_NUMBER",
                "acl-main",
                "outbound[1].rule");
    }

    @Test
    void sameNumberInboundAndOutboundIsFine() {
        assertThat(
                        withNaclRules(
                                        List.of(allowAll(100, "0.0.0.0/0")),
                                        List.of(allowAll(100, "0.0.0.0/0")))
                                .check())
                .isEmpty();
    }

    @Test
    void naclRuleWithAPrefixListIsRefused() {
        Problem p =
                only(
                        withNaclRules(List.of(), List.of(allowAll(100, "pl-s3")))
                                .add(prefixList("pl-s3", TestLabs.REGION, "52.216.0.0/15"))
                                .check(),
                        Severity.ERROR,
                        "NACL_PREFIX_LIST_NOT_SUPPORTED",
                        "acl-main",
                        "outbound[0].cidr");
        assertThat(p.message().english())
                .isEqualTo(
                        "Outbound rule 100 references pl-s3; network ACL rules accept CIDR blocks only.");
    }

    @Test
    void naclRuleWithASecurityGroupIsRefused() {
        only(
                withNaclRules(List.of(allowAll(100, "sg-app")), List.of()).check(),
                Severity.ERROR,
                "NACL_SECURITY_GROUP_NOT_SUPPORTED",
                "acl-main",
                "inbound[0].cidr");
    }

    @Test
    void ruleNamingAGroupOfAnUnpeeredVpcIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.5.0.0/16"),
                                securityGroup(
                                        "sg-other",
                                        "vpc-other",
                                        List.of(rule("sg-app")),
                                        List.of()))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "SECURITY_GROUP_REFERENCE_NOT_PEERED",
                "sg-other",
                "inbound[0].source");
    }

    @Test
    void ruleNamingAGroupAcrossAnInterRegionPeeringIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc(
                                        "vpc-other",
                                        "us-west-2",
                                        "10.5.0.0/16",
                                        Optional.empty(),
                                        true),
                                securityGroup(
                                        "sg-other",
                                        "vpc-other",
                                        List.of(rule("sg-app")),
                                        List.of()),
                                peering("pcx-x", "vpc-main", "vpc-other"))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "SECURITY_GROUP_REFERENCE_NOT_PEERED",
                "sg-other",
                "inbound[0].source");
    }

    @Test
    void ruleNamingAGroupOfASameRegionPeerIsAllowed() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.5.0.0/16"),
                                securityGroup(
                                        "sg-other",
                                        "vpc-other",
                                        List.of(rule("sg-app")),
                                        List.of()),
                                peering("pcx-x", "vpc-main", "vpc-other"))
                        .check();
        assertThat(problems).isEmpty();
    }
}
