package dev.vpclab.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.DnsReason;
import dev.vpclab.routing.DnsRecord;
import dev.vpclab.routing.DnsResolution;
import dev.vpclab.routing.DnsServer;
import dev.vpclab.routing.DnsZone;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The DNS step records who answered, from which zone and with which records as typed parts; the
 * text of the trace and the cards (English and Korean) are derived from them.
 */
class DnsAnswerTest {

    private static DnsResolution dnsOf(String scenario) {
        Lab lab = Scenarios.lab(scenario);
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        return trace.dns().orElseThrow();
    }

    @Test
    void privateDnsAnswerNamesTheVpcResolverTheEndpointZoneAndTheEniRecord() {
        DnsResolution d = dnsOf("interface-endpoint-private-dns-on-stays-in-vpc");
        assertThat(d.server()).isEqualTo(new DnsServer.VpcResolver("vpc-main"));
        DnsZone zone = d.zone().orElseThrow();
        assertThat(zone.kind()).isEqualTo(DnsZone.Kind.ENDPOINT_PRIVATE_DNS);
        assertThat(zone.id()).isEqualTo("vpce-s3-if");
        assertThat(zone.vpcs()).containsExactly("vpc-main");
        assertThat(d.records())
                .singleElement()
                .extracting(DnsRecord::type)
                .isEqualTo(DnsRecord.Type.A);
        assertThat(d.records().get(0).values()).isEqualTo(d.answer());
        assertThat(d.reason()).isEqualTo(DnsReason.ENDPOINT_PRIVATE_DNS);
        // The display text is derived from the typed parts, as before.
        assertThat(d.resolver()).isEqualTo("route53-resolver (vpc-main)");
        assertThat(d.via().english())
                .isEqualTo("AWS-managed private hosted zone of vpce-s3-if (private DNS)");
    }

    @Test
    void aPeeredVpcGetsThePublicAnswerAndTheZoneThatDoesNotServeIt() {
        DnsResolution d = dnsOf("peered-vpc-private-dns-name-not-shared");
        assertThat(d.zone().orElseThrow().kind()).isEqualTo(DnsZone.Kind.PUBLIC);
        DnsZone unused = d.notInEffect().orElseThrow();
        assertThat(unused.kind()).isEqualTo(DnsZone.Kind.ENDPOINT_PRIVATE_DNS);
        assertThat(unused.vpcs()).doesNotContain(d.resolverVpc().orElseThrow());
    }

    @Test
    void anOnPremisesClientIsAnsweredByTheEndpointSpecificName() {
        DnsResolution d = dnsOf("onprem-vpn-to-s3-via-interface-endpoint-works");
        assertThat(d.server()).isInstanceOf(DnsServer.OnPremises.class);
        assertThat(d.resolverVpc()).isEmpty();
        assertThat(d.zone().orElseThrow().kind()).isEqualTo(DnsZone.Kind.ENDPOINT_SPECIFIC_NAME);
        assertThat(d.resolver()).isEqualTo("on-premises resolver");
    }

    @Test
    void theAnswerCardSaysResolverZoneAndRecordInEnglishAndKorean() {
        DnsResolution d = dnsOf("interface-endpoint-private-dns-on-stays-in-vpc");
        List<Message> lines = DnsWords.details(d);
        List<String> en = lines.stream().map(m -> m.render(Locale.ENGLISH)).toList();
        List<String> ko = lines.stream().map(m -> m.render(Locale.KOREAN)).toList();
        assertThat(en.get(0)).contains("Route 53 Resolver of vpc-main");
        assertThat(en)
                .anyMatch(l -> l.contains("private DNS zone of the interface endpoint vpce-s3-if"));
        assertThat(en)
                .anyMatch(
                        l ->
                                l.startsWith("Record: A ")
                                        && l.contains(d.answer().get(0).toString()));
        assertThat(ko.get(0)).contains("vpc-main 의 Route 53 Resolver");
        assertThat(ko).anyMatch(l -> l.contains("인터페이스 엔드포인트 vpce-s3-if 의 프라이빗 DNS 영역"));
        assertThat(String.join(" ", ko)).doesNotContain("Zone:", "Record:", "private");
    }

    @Test
    void theInboundEndpointPathIsTypedAndTheCardSaysItInKorean() {
        DnsResolution d = dnsOf("onprem-resolver-inbound-endpoint-private-dns-works");
        DnsServer.InboundEndpoint in = (DnsServer.InboundEndpoint) d.server();
        assertThat(in.endpoint()).isEqualTo("rslvr-in-main");
        assertThat(in.forwarder()).isEqualTo("dns-onprem");
        assertThat(d.zone().orElseThrow().kind()).isEqualTo(DnsZone.Kind.ENDPOINT_PRIVATE_DNS);
        String ko = DnsWords.server(d.server()).render(Locale.KOREAN);
        assertThat(ko).contains("인바운드 엔드포인트 rslvr-in-main").doesNotContain("through");
    }

    @Test
    void aForwardingRuleIsNamedWithTheOutboundEndpointAndTheZoneOnPremises() {
        DnsResolution d = dnsOf("outbound-resolver-rule-forwards-onprem-domain-works");
        assertThat(d.rule()).contains("rslvr-rr-corp");
        DnsServer.OutboundForward out = (DnsServer.OutboundForward) d.server();
        assertThat(out.endpoint()).isEqualTo("rslvr-out-main");
        assertThat(out.targetResolver()).contains("dns-onprem");
        assertThat(d.zone().orElseThrow().kind()).isEqualTo(DnsZone.Kind.ON_PREMISES);
        assertThat(DnsWords.details(d).stream().map(m -> m.render(Locale.ENGLISH)))
                .contains("Resolver rule: rslvr-rr-corp");
    }

    @Test
    void anAliasRecordOfTheSpokeZoneAnswersWithTheEndpointAddresses() {
        DnsResolution d = dnsOf("spoke-vpc-private-hosted-zone-central-endpoint-works");
        DnsRecord r = d.records().get(0);
        assertThat(r.type()).isEqualTo(DnsRecord.Type.ALIAS);
        assertThat(r.aliasTarget()).contains("vpce-s3-if");
        assertThat(d.zone().orElseThrow().id()).isEqualTo("phz-s3-use1");
    }

    @Test
    void aZoneWithoutTheRecordAnswersNxdomainAndDoesNotFallBackToPublicDns() {
        Lab lab = Scenarios.lab("spoke-vpc-private-hosted-zone-central-endpoint-works");
        Trace trace =
                Tracer.trace(
                        lab,
                        dev.vpclab.model.Flow.of(
                                "i-b",
                                "other.s3.us-east-1.amazonaws.com.example",
                                dev.vpclab.net.Protocol.TCP,
                                443));
        // Not under the zone: public DNS (which knows no such name) answers NXDOMAIN.
        assertThat(trace.dns().orElseThrow().reason()).isEqualTo(DnsReason.NXDOMAIN);
        Lab noWildcard =
                lab.withComponents(
                        lab.components().stream()
                                .map(
                                        c ->
                                                c instanceof dev.vpclab.model.PrivateHostedZone z
                                                        ? new dev.vpclab.model.PrivateHostedZone(
                                                                z.id(),
                                                                z.name(),
                                                                z.vpcs(),
                                                                z.records().subList(0, 1))
                                                        : c)
                                .toList());
        DnsResolution d =
                Tracer.trace(noWildcard, noWildcard.query().orElseThrow()).dns().orElseThrow();
        assertThat(d.ok()).isFalse();
        assertThat(d.reason()).isEqualTo(DnsReason.HOSTED_ZONE_NO_RECORD);
        assertThat(d.zone().orElseThrow().id()).isEqualTo("phz-s3-use1");
    }

    @Test
    void anInboundEndpointWhoseGroupRefusesDnsGivesNoAnswer() {
        Lab lab = Scenarios.lab("onprem-resolver-inbound-endpoint-private-dns-works");
        Lab closed =
                lab.withComponents(
                        lab.components().stream()
                                .map(
                                        c ->
                                                c.id().equals("sg-resolver-in")
                                                        ? new dev.vpclab.model.SecurityGroup(
                                                                c.id(),
                                                                "vpc-main",
                                                                false,
                                                                List.of(),
                                                                List.of())
                                                        : c)
                                .toList());
        Trace trace = Tracer.trace(closed, closed.query().orElseThrow());
        assertThat(trace.reachable()).isFalse();
        assertThat(trace.dns().orElseThrow().reason()).isEqualTo(DnsReason.INBOUND_SG_REFUSES);
        assertThat(trace.blockedAt().orElseThrow().reason().name())
                .isEqualTo("DNS_RESOLUTION_FAILED");
    }
}
