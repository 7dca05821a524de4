package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowPickerTest {
    @Test
    void theNewFlowDialogOffersOnlyWhatAPacketCanBeSentTo() {
        Lab lab = DefaultLab.lab();
        List<String> offered = FlowPicker.destinations(lab);
        Set<ComponentKind> never =
                Set.of(
                        ComponentKind.VPC,
                        ComponentKind.SUBNET,
                        ComponentKind.ROUTE_TABLE,
                        ComponentKind.NACL,
                        ComponentKind.SECURITY_GROUP,
                        ComponentKind.INTERNET_GATEWAY,
                        ComponentKind.GATEWAY_ENDPOINT,
                        ComponentKind.MANAGED_PREFIX_LIST);
        for (Component c : lab.components()) {
            if (never.contains(c.kind())) {
                assertThat(offered).as(c.id()).doesNotContain(c.id());
            }
            if (c.kind() == ComponentKind.INSTANCE || c.kind() == ComponentKind.AWS_SERVICE) {
                assertThat(offered).as(c.id()).contains(c.id());
            }
        }
        assertThat(offered).anyMatch(n -> n.contains(".amazonaws.com"));
    }

    @Test
    void aLabWithAnInstanceConnectEndpointOffersItToGoThrough() throws Exception {
        Lab lab =
                dev.vpclab.format.LabReader.read(
                                java.nio.file.Path.of(
                                        "src/test/resources/scenarios-extra/"
                                                + "eice-ssh-from-internet-to-private-instance-works.yaml"))
                        .lab()
                        .orElseThrow();
        assertThat(FlowPicker.vias(lab)).containsExactly("", "eice-main");
        assertThat(FlowPicker.vias(DefaultLab.lab())).containsExactly("");
        assertThat(FlowPicker.sources(lab)).contains("host-admin");
    }
}
