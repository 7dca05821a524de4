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
 * SSH through an EC2 Instance Connect Endpoint as the Flow Logs show it: the endpoint's interface
 * sends the connection, and the instance's interface receives it from the endpoint's private
 * address (client IP preservation off, the default) or from the client's address (on).
 */
class InstanceConnectFlowLogTest {

    private static List<FlowLogRecord> records(Lab lab) {
        return FlowLogRecords.of(lab, Tracer.trace(lab, lab.query().orElseThrow()));
    }

    private static Lab scenario(String name) throws URISyntaxException {
        Path file =
                Path.of(
                        Objects.requireNonNull(
                                        InstanceConnectFlowLogTest.class.getResource(
                                                "/scenarios-extra/" + name + ".yaml"))
                                .toURI());
        return LabReader.read(file).lab().orElseThrow();
    }

    @Test
    void theInstanceSeesTheEndpointsAddressAndTheEndpointLogsTheConnection()
            throws URISyntaxException {
        List<FlowLogRecord> all =
                records(scenario("eice-ssh-from-internet-to-private-instance-works"));
        assertThat(all)
                .filteredOn(r -> r.interfaceId().equals("eni-i-private"))
                .filteredOn(r -> r.flowDirection().equals("ingress"))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.srcaddr()).isEqualTo("10.0.9.20");
                            assertThat(r.dstport()).isEqualTo("22");
                            assertThat(r.action()).isEqualTo("ACCEPT");
                        });
        assertThat(all)
                .filteredOn(r -> r.interfaceId().equals("eni-eice-main"))
                .extracting(FlowLogRecord::flowDirection)
                .containsExactly("egress", "ingress");
    }

    @Test
    void withClientIpPreservationTheRejectedRecordShowsTheClientsAddress()
            throws URISyntaxException {
        assertThat(records(scenario("eice-preserve-client-ip-sg-admits-endpoint-ip-only-fails")))
                .filteredOn(r -> r.interfaceId().equals("eni-i-private"))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.srcaddr()).isEqualTo("198.51.100.20");
                            assertThat(r.action()).isEqualTo("REJECT");
                        });
    }
}
