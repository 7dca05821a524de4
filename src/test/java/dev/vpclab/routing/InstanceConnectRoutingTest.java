package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flows through, and to, an EC2 Instance Connect Endpoint beyond the scenario files. */
class InstanceConnectRoutingTest {
    private static final Lab LAB =
            LabReader.read(
                            Path.of(
                                    "src/test/resources/scenarios-extra/"
                                            + "eice-ssh-from-internet-to-private-instance-works.yaml"))
                    .lab()
                    .orElseThrow();

    @Test
    void nothingOnTheNetworkCanConnectToTheEndpointsOwnAddress() {
        Trace t = Tracer.trace(LAB, Flow.of("i-private", "10.0.9.20", Protocol.TCP, 22));
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.component()).isEqualTo("eice-main");
        assertThat(b.reason()).isEqualTo(ReasonCode.NO_INTERFACE_FOR_DESTINATION);
        assertThat(b.detail().english()).contains("EC2 Instance Connect service");
    }

    @Test
    void rdpPassesTheEndpointAndMeetsItsSecurityGroup() {
        Flow rdp =
                Flow.of("host-admin", "i-private", Protocol.TCP, 3389)
                        .withVia(Optional.of("eice-main"));
        Trace t = Tracer.trace(LAB, rdp);
        assertThat(t.path().get(1).decision(Decision.Translation.class)).isPresent();
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.component()).isEqualTo("sg-eice");
        assertThat(b.reason()).isEqualTo(ReasonCode.SECURITY_GROUP_NO_EGRESS_RULE);
    }

    @Test
    void withoutTheEndpointAnInternetHostCannotReachThePrivateInstance() {
        Trace t = Tracer.trace(LAB, Flow.of("host-admin", "i-private", Protocol.TCP, 22));
        assertThat(t.reachable()).isFalse();
        assertThat(t.path()).extracting(Hop::id).doesNotContain("eice-main");
    }

    @Test
    void aViaThatIsNotAnEndpointIsAnInvalidFlow() {
        Flow wrong =
                Flow.of("host-admin", "i-private", Protocol.TCP, 22).withVia(Optional.of("sg-app"));
        assertThat(Tracer.trace(LAB, wrong).blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.INVALID_FLOW);
    }

    @Test
    void anEndpointWithNoGroupOfItsOwnUsesTheVpcsDefaultSecurityGroup() {
        // as CreateInstanceConnectEndpoint does when no group is given: sg-eice becomes the
        // VPC's default group and the endpoint names none
        List<Component> components =
                LAB.components().stream().map(c -> withoutOwnGroup(c)).toList();
        Flow ssh =
                Flow.of("host-admin", "i-private", Protocol.TCP, 22)
                        .withVia(Optional.of("eice-main"));
        Trace t = Tracer.trace(LAB.withComponents(components), ssh);
        assertThat(t.reachable()).isTrue();
        assertThat(t.path()).extracting(Hop::id).contains("sg-eice");
    }

    private static Component withoutOwnGroup(Component c) {
        if (c instanceof InstanceConnectEndpoint e) {
            return new InstanceConnectEndpoint(
                    e.id(), e.subnet(), e.privateIp(), List.of(), e.preserveClientIp());
        }
        if (c instanceof SecurityGroup g && g.id().equals("sg-eice")) {
            return new SecurityGroup(g.id(), g.vpc(), true, g.inbound(), g.outbound());
        }
        return c;
    }
}
