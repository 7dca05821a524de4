package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A security group rule may reference a group of a peered VPC only when both VPCs are in the same
 * Region (R-PEER-1, R-PEER-5: "Inter-Region peering: ... no SG referencing across the peering").
 * Source: https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
 */
class SecurityGroupReferenceTest {
    private static final Path PEERING =
            Path.of("src/test/resources/scenarios/vpc-peering-basic-works.yaml");

    private static Trace traceWith(String yaml) {
        return Tracer.trace(
                LabReader.read(yaml, "peering.yaml").lab().orElseThrow(),
                dev.vpclab.model.Flow.of("i-a", "i-b", dev.vpclab.net.Protocol.TCP, 443));
    }

    private static String referencingSgA(String yaml) {
        return yaml.replace(
                "    ports: '443'\n    source: 10.0.0.0/16", "    ports: '443'\n    source: sg-a");
    }

    @Test
    void aPeerGroupReferenceAdmitsItsMembersInTheSameRegion() throws IOException {
        String yaml = referencingSgA(Files.readString(PEERING));
        Trace trace = traceWith(yaml);
        assertThat(trace.reachable()).isTrue();
        assertThat(trace.path())
                .anySatisfy(h -> assertThat(h.matched()).contains("allow tcp 443 <- sg-a"));
    }

    @Test
    void aPeerGroupReferenceDoesNotWorkAcrossRegions() throws IOException {
        String yaml =
                referencingSgA(Files.readString(PEERING))
                        .replace(
                                "  id: vpc-b\n  region: us-east-1",
                                "  id: vpc-b\n  region: us-west-2");
        Trace trace = traceWith(yaml);
        assertThat(trace.reachable()).isFalse();
        assertThat(trace.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.SECURITY_GROUP_NO_INGRESS_RULE);
        assertThat(trace.blockedAt().orElseThrow().component()).isEqualTo("sg-b");
    }
}
