package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 9: an interface endpoint's DNS names follow its service (R-IF-7). */
class EndpointDnsNamesTest {

    /** An ssm endpoint from the palette, then a load balancer and an endpoint service. */
    private static Lab ssmEndpointAndEndpointService() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.INTERFACE_ENDPOINT, subnet.x() + 40, subnet.y() + 40);
        lab = Labs.drop(lab, ComponentKind.NLB, subnet.maxX() - 40, subnet.maxY() - 40);
        return Labs.drop(lab, ComponentKind.ENDPOINT_SERVICE, 1500, 300);
    }

    private static InterfaceEndpoint endpoint(Lab lab) {
        return lab.component("vpce-1", InterfaceEndpoint.class).orElseThrow();
    }

    @Test
    void connectingToAnEndpointServiceRenamesTheEndpointAfterIt() {
        Lab lab = ssmEndpointAndEndpointService();
        assertThat(endpoint(lab).regionalDnsName())
                .contains("vpce-1.ssm.us-east-1.vpce.amazonaws.com");

        Lab after =
                Connections.connect(lab, "vpce-1", "vpce-svc-1")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);

        InterfaceEndpoint e = endpoint(after);
        assertThat(e.serviceName()).isEqualTo("com.amazonaws.vpce.us-east-1.vpce-svc-1");
        assertThat(e.regionalDnsName()).contains("vpce-1.vpce-svc-1.us-east-1.vpce.amazonaws.com");
        assertThat(e.privateDnsNames()).isEmpty();
        assertThat(e.privateDns()).isFalse();
    }

    @Test
    void editingTheServiceInTheInspectorRenamesTheEndpointInOneEdit() {
        Lab lab = ssmEndpointAndEndpointService();
        Lab sqs =
                ComponentFields.set(lab, "vpce-1", "service", "sqs")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(endpoint(sqs).serviceName()).isEqualTo("com.amazonaws.us-east-1.sqs");
        assertThat(endpoint(sqs).regionalDnsName())
                .contains("vpce-1.sqs.us-east-1.vpce.amazonaws.com");

        Lab custom =
                ComponentFields.set(sqs, "vpce-1", "service", "vpce-svc-1")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(sqs);
        assertThat(endpoint(custom).serviceName())
                .isEqualTo("com.amazonaws.vpce.us-east-1.vpce-svc-1");
        assertThat(endpoint(custom).regionalDnsName())
                .contains("vpce-1.vpce-svc-1.us-east-1.vpce.amazonaws.com");
    }

    @Test
    void zonalAndPrivateNamesFollowTooKeepingTheirOwnLabel() {
        Lab lab = ssmEndpointAndEndpointService();
        InterfaceEndpoint named =
                endpoint(lab)
                        .withDnsNames(
                                Optional.of("vpce-1-ab12cd34.ssm.us-east-1.vpce.amazonaws.com"),
                                List.of(
                                        "vpce-1-ab12cd34-us-east-1a.ssm.us-east-1.vpce.amazonaws.com"),
                                List.of("ssm.us-east-1.amazonaws.com"));
        lab = ComponentFields.replace(lab, named);

        InterfaceEndpoint e =
                endpoint(
                        Connections.connect(lab, "vpce-1", "vpce-svc-1")
                                .allowedEdit()
                                .orElseThrow()
                                .apply(lab));

        assertThat(e.regionalDnsName())
                .contains("vpce-1-ab12cd34.vpce-svc-1.us-east-1.vpce.amazonaws.com");
        assertThat(e.zonalDnsNames())
                .containsExactly(
                        "vpce-1-ab12cd34-us-east-1a.vpce-svc-1.us-east-1.vpce.amazonaws.com");
        assertThat(e.privateDnsNames()).isEmpty();
    }
}
