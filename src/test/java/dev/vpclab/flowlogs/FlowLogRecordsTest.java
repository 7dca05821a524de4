package dev.vpclab.flowlogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import dev.vpclab.walk.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowLogRecordsTest {

    private static List<FlowLogRecord> records(String scenario) {
        Lab lab = Scenarios.lab(scenario);
        return FlowLogRecords.of(lab, Tracer.trace(lab, lab.query().orElseThrow()));
    }

    @Test
    void throughANatGatewayItsInterfaceLogsItsOwnAddressAndThePacketsOriginalOnes() {
        List<FlowLogRecord> r = records("s3-private-subnet-via-nat-gateway");
        String s3 = r.get(0).dstaddr();
        assertThat(r)
                .extracting(
                        FlowLogRecord::interfaceId,
                        FlowLogRecord::flowDirection,
                        FlowLogRecord::srcaddr,
                        FlowLogRecord::dstaddr,
                        FlowLogRecord::pktSrcaddr,
                        FlowLogRecord::pktDstaddr,
                        FlowLogRecord::trafficPath)
                .containsExactly(
                        tuple("eni-i-app", "egress", "10.0.1.10", s3, "10.0.1.10", s3, "1"),
                        tuple(
                                "eni-nat-a",
                                "ingress",
                                "10.0.1.10",
                                "10.0.0.20",
                                "10.0.1.10",
                                s3,
                                "-"),
                        tuple("eni-nat-a", "egress", "10.0.0.20", s3, "10.0.0.20", s3, "2"),
                        tuple("eni-nat-a", "ingress", s3, "10.0.0.20", s3, "10.0.0.20", "-"),
                        tuple(
                                "eni-nat-a",
                                "egress",
                                "10.0.0.20",
                                "10.0.1.10",
                                s3,
                                "10.0.1.10",
                                "1"),
                        tuple("eni-i-app", "ingress", s3, "10.0.1.10", s3, "10.0.1.10", "-"));
        assertThat(r).allMatch(x -> x.action().equals("ACCEPT"));
        assertThat(r.get(0).instanceId()).isEqualTo("i-app");
        assertThat(r.get(1).instanceId()).isEqualTo("-");
        assertThat(r.get(0).srcport()).isEqualTo("49152");
        assertThat(r.get(0).dstport()).isEqualTo("443");
        assertThat(r.get(1).srcport()).isEqualTo("49152");
        assertThat(r.get(5).srcport()).isEqualTo("443");
        assertThat(r.get(5).dstport()).isEqualTo("49152");
        assertThat(r.get(0).protocol()).isEqualTo("6");
        assertThat(r.get(0).toLine())
                .startsWith("5 ")
                .contains(" eni-i-app 10.0.1.10 ")
                .contains(" ACCEPT OK vpc-")
                .endsWith(" egress 1 10.0.1.10 " + s3);
        assertThat(FlowLogRecord.header().split(" ")).hasSize(r.get(0).toLine().split(" ").length);
    }

    @Test
    void throughAGatewayEndpointOnlyTheInstanceLogsWithTrafficPathSeven() {
        List<FlowLogRecord> r = records("s3-gateway-endpoint-beats-nat-default-route");
        assertThat(r)
                .extracting(
                        FlowLogRecord::interfaceId,
                        FlowLogRecord::flowDirection,
                        FlowLogRecord::trafficPath)
                .containsExactly(
                        tuple("eni-i-app", "egress", "7"), tuple("eni-i-app", "ingress", "-"));
        assertThat(r.get(0).dstaddr()).isEqualTo("54.123.170.20");
    }

    @Test
    void aSecurityGroupWithoutEgressRuleIsLoggedAsRejectedEgress() {
        List<FlowLogRecord> r = records("instance-sg-egress-missing-443-to-s3-fails");
        assertThat(r)
                .extracting(
                        FlowLogRecord::interfaceId,
                        FlowLogRecord::flowDirection,
                        FlowLogRecord::action)
                .containsExactly(tuple("eni-i-app", "egress", "REJECT"));
    }

    @Test
    void anEndpointInterfaceWhoseGroupRefusesTheClientLogsRejectedIngress() {
        List<FlowLogRecord> r = records("interface-endpoint-sg-missing-inbound-443-fails");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).action()).isEqualTo("ACCEPT");
        assertThat(r.get(0).trafficPath()).isEqualTo("1");
        assertThat(r.get(1).flowDirection()).isEqualTo("ingress");
        assertThat(r.get(1).action()).isEqualTo("REJECT");
        assertThat(r.get(1).interfaceId()).startsWith("eni-");
        assertThat(r.get(1).dstaddr()).isEqualTo(r.get(0).dstaddr());
    }

    @Test
    void aReplyDroppedByTheClientsNaclIsRejectedIngressAtTheClient() {
        List<FlowLogRecord> r = records("nacl-missing-inbound-ephemeral-return-fails");
        FlowLogRecord last = r.get(r.size() - 1);
        assertThat(last.interfaceId()).isEqualTo(r.get(0).interfaceId());
        assertThat(last.flowDirection()).isEqualTo("ingress");
        assertThat(last.action()).isEqualTo("REJECT");
        assertThat(r.subList(0, r.size() - 1)).allMatch(x -> x.action().equals("ACCEPT"));
    }
}
