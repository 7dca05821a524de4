package dev.vpclab.flowlogs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * NLB client IP preservation as the target's Flow Log shows it: the inbound record at the target
 * has the client's address when the target group preserves it, the node's private address when it
 * does not
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html).
 */
class NlbClientIpFlowLogTest {

    private static List<FlowLogRecord> targetIngress(String scenario) throws URISyntaxException {
        Path file =
                Path.of(
                        Objects.requireNonNull(
                                        NlbClientIpFlowLogTest.class.getResource(
                                                "/scenarios-extra/" + scenario + ".yaml"))
                                .toURI());
        Lab lab = LabReader.read(file).lab().orElseThrow();
        return FlowLogRecords.of(lab, Tracer.trace(lab, lab.query().orElseThrow())).stream()
                // the request as it reaches the target's interface
                .filter(r -> "10.0.3.10".equals(r.dstaddr()) && "443".equals(r.dstport()))
                .toList();
    }

    @Test
    void anInstanceTargetsRecordShowsTheClientAddressAccepted() throws URISyntaxException {
        assertThat(targetIngress("nlb-instance-target-preserves-client-ip-works"))
                .isNotEmpty()
                .allSatisfy(
                        r -> {
                            assertThat(r.srcaddr()).isEqualTo("10.0.1.10");
                            assertThat(r.action()).isEqualTo("ACCEPT");
                        });
    }

    @Test
    void anIpTargetsRecordShowsTheNodeAddressRejected() throws URISyntaxException {
        assertThat(targetIngress("nlb-ip-target-tcp-no-client-ip-fails"))
                .isNotEmpty()
                .allSatisfy(
                        r -> {
                            assertThat(r.srcaddr()).isEqualTo("10.0.2.100");
                            assertThat(r.action()).isEqualTo("REJECT");
                        });
    }
}
