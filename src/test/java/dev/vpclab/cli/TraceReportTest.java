package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.routing.SampleTraces;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TraceReportTest {

    @Test
    void reportStartsWithTheFlowAndTheDnsAnswer() {
        List<String> lines =
                TraceReport.render(SampleTraces.s3ViaGatewayEndpoint()).lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "Flow: i-app -> my-bucket.s3.us-east-1.amazonaws.com, tcp port 443, IPv4");
        assertThat(lines.get(1))
                .isEqualTo("Request: s3:GetObject on arn:aws:s3:::my-bucket/data/report.csv");
        assertThat(lines.get(2))
                .startsWith("DNS first: my-bucket.s3.us-east-1.amazonaws.com was resolved by")
                .contains("54.123.170.20 (a public address of the service)");
    }

    @Test
    void hopsAreNumberedWithTheCheckAndWhatMatched() {
        String report = TraceReport.render(SampleTraces.s3ViaGatewayEndpoint());
        assertThat(report)
                .contains("  1. i-app  passes")
                .contains("  2. sg-app  security group, outbound rules: allow all -> 0.0.0.0/0")
                .contains(
                        "  3. acl-main  network ACL, outbound rules: rule 100: allow all 0.0.0.0/0")
                .contains("at the boundary of subnet subnet-private-a")
                .contains("  4. rt-private  route table lookup: pl-s3-use1 -> vpce-s3-gw")
                .contains("prefix-list entry that matched: 54.123.160.0/19");
    }

    @Test
    void routeHopExplainsTheRoutesThatLost() {
        String report = TraceReport.render(SampleTraces.s3ViaGatewayEndpoint());
        assertThat(report).contains("not chosen: 0.0.0.0/0 -> nat-a - test.shorter [/0, /19]");
        assertThat(report.indexOf("not chosen")).isGreaterThan(report.indexOf("4. rt-private"));
        assertThat(report.indexOf("not chosen")).isLessThan(report.indexOf("5. vpce-s3-gw"));
    }

    @Test
    void requestContextShowsAbsentKeys() {
        assertThat(TraceReport.render(SampleTraces.s3ViaGatewayEndpoint()))
                .contains("request context: aws:SourceVpce=vpce-s3-gw, aws:SourceIp=(absent)");
    }

    @Test
    void reachableVerdictNamesAuthorizationAndSourceAddress() {
        String report = TraceReport.render(SampleTraces.s3ViaGatewayEndpoint());
        assertThat(report)
                .contains("Verdict: REACHABLE. Packets flow both ways and the request is allowed.")
                .contains("Authorization: allowed.")
                .contains("The destination sees the source address 10.0.1.10.");
    }

    @Test
    void blockedVerdictGivesPlaceReasonWhyAndFix() {
        String report = TraceReport.render(SampleTraces.blockedBySecurityGroup());
        assertThat(report)
                .contains("  2. sg-app  security group, outbound rules: none")
                .contains(
                        "Verdict: NOT REACHABLE. Blocked at sg-app on the request leg (network"
                                + " layer): SECURITY_GROUP_NO_EGRESS_RULE.")
                .contains("Why: test.noEgress [sg-app, tcp, 443]")
                .contains("Fix: test.addEgress [sg-app, 443]")
                .contains("Reachability Analyzer code: ENI_SG_RULES_MISMATCH")
                .doesNotContain("DNS first");
        assertThat(report.indexOf("Verdict")).isGreaterThan(report.indexOf("2. sg-app"));
    }

    @Test
    void reportCanBeReadInKorean() {
        String report = TraceReport.render(SampleTraces.blockedBySecurityGroup(), Locale.KOREAN);
        assertThat(report)
                .contains("흐름: i-app -> i-db")
                .contains("보안 그룹 아웃바운드 규칙: none")
                .contains("판정: 도달 불가")
                .contains("해결 방법:");
    }
}
