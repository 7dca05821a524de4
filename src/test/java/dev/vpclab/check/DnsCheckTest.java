package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Vpc;
import dev.vpclab.walk.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What AWS refuses or what cannot work in the Route 53 Resolver parts of a lab. */
class DnsCheckTest {
    private static final String INBOUND = "onprem-resolver-inbound-endpoint-private-dns-works";
    private static final String OUTBOUND = "outbound-resolver-rule-forwards-onprem-domain-works";
    private static final String SPOKE = "spoke-vpc-private-hosted-zone-central-endpoint-works";

    private static Lab replace(Lab lab, String id, UnaryOperator<Component> change) {
        List<Component> out = new ArrayList<>();
        for (Component c : lab.components()) {
            out.add(c.id().equals(id) ? change.apply(c) : c);
        }
        return lab.withComponents(out);
    }

    private static List<String> codes(Lab lab) {
        return LabChecker.check(lab).stream()
                .map(p -> p.code() + " " + p.component().orElse(""))
                .toList();
    }

    @Test
    void theScenarioLabsHaveNoProblems() {
        for (String name : List.of(INBOUND, OUTBOUND, SPOKE)) {
            assertThat(LabChecker.check(Scenarios.lab(name))).as(name).isEmpty();
        }
    }

    @Test
    void anEndpointWithOneAddressIsRefused() {
        Lab lab =
                replace(
                        Scenarios.lab(INBOUND),
                        "rslvr-in-main",
                        c -> {
                            ResolverEndpoint e = (ResolverEndpoint) c;
                            return new ResolverEndpoint(
                                    e.id(),
                                    e.vpc(),
                                    e.direction(),
                                    e.ipAddresses().subList(0, 1),
                                    e.securityGroups());
                        });
        assertThat(codes(lab)).contains("RESOLVER_ENDPOINT_ADDRESSES rslvr-in-main");
    }

    @Test
    void anInboundEndpointWhoseGroupsCloseDnsIsWarnedAbout() {
        Lab lab =
                replace(
                        Scenarios.lab(INBOUND),
                        "sg-resolver-in",
                        c -> {
                            SecurityGroup g = (SecurityGroup) c;
                            return new SecurityGroup(
                                    g.id(), g.vpc(), false, List.of(), g.outbound());
                        });
        assertThat(codes(lab)).contains("RESOLVER_ENDPOINT_DNS_CLOSED rslvr-in-main");
    }

    @Test
    void aForwardRuleThroughAnInboundEndpointOrWithoutTargetsIsRefused() {
        Lab lab =
                replace(
                        Scenarios.lab(OUTBOUND),
                        "rslvr-rr-corp",
                        c -> {
                            ResolverRule r = (ResolverRule) c;
                            return new ResolverRule(
                                    r.id(),
                                    r.domainName(),
                                    r.ruleType(),
                                    Optional.empty(),
                                    List.of(),
                                    r.vpcs());
                        });
        assertThat(codes(lab))
                .filteredOn(s -> s.equals("RESOLVER_RULE_INVALID rslvr-rr-corp"))
                .hasSize(2);
    }

    @Test
    void aZoneAssociatedWithAVpcWithoutDnsHostnamesIsWarnedAbout() {
        Lab lab =
                replace(
                        Scenarios.lab(SPOKE),
                        "vpc-b",
                        c -> {
                            Vpc v = (Vpc) c;
                            return new Vpc(
                                    v.id(),
                                    v.region(),
                                    v.account(),
                                    v.cidr(),
                                    v.ipv6Cidr(),
                                    true,
                                    false);
                        });
        assertThat(codes(lab))
                .contains("PRIVATE_HOSTED_ZONE_REQUIRES_VPC_DNS_ATTRIBUTES phz-s3-use1");
    }

    @Test
    void theDnsKindsRoundTripThroughTheFile() {
        for (String name : List.of(INBOUND, OUTBOUND, SPOKE)) {
            Lab lab = Scenarios.lab(name);
            Lab again = LabReader.read(LabWriter.toYaml(lab), "again.yaml").lab().orElseThrow();
            assertThat(again.components()).as(name).isEqualTo(lab.components());
            assertThat(
                            again.all(PrivateHostedZone.class).count()
                                    + again.all(ResolverEndpoint.class).count())
                    .isPositive();
        }
    }
}
