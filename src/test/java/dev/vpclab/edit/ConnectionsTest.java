package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LineKind;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.VpcPeering;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    private static Lab withGatewayEndpoint() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect vpc = Diagram.of(lab).box("vpc-1").orElseThrow();
        return Labs.drop(lab, ComponentKind.GATEWAY_ENDPOINT, vpc.maxX() - 70, vpc.maxY() - 40);
    }

    @Test
    void connectingAGatewayEndpointToARouteTableAddsThePrefixListRoute() {
        Lab lab = withGatewayEndpoint();
        EditAttempt a = Connections.connect(lab, "vpce-1", "rtb-1");
        Lab after = a.allowedEdit().orElseThrow().apply(lab);

        assertThat(after.component("rtb-1", RouteTable.class).orElseThrow().routes())
                .map(Object::toString)
                .containsExactly("10.0.0.0/16 -> local", "pl-s3-use1 -> vpce-1");
        assertThat(after.component("vpce-1", GatewayEndpoint.class).orElseThrow().routeTables())
                .containsExactly("rtb-1");
        assertThat(Connections.edges(after))
                .contains(new Connections.Edge("vpce-1", "rtb-1", LineKind.ENDPOINT_ROUTE));
        // The same line twice is refused, whichever end the drag started from.
        assertThat(Connections.connect(after, "rtb-1", "vpce-1").refusal()).isPresent();
    }

    @Test
    void componentsOfDifferentVpcsCannotBeAssociated() {
        Lab lab = Labs.drop(Labs.vpcSubnetInstance(), ComponentKind.VPC, 1400, 300);
        assertThat(Connections.connect(lab, "rtb-2", "subnet-1").refusal())
                .map(m -> m.english())
                .contains("vpc-2 and vpc-1 are in different VPCs.");
    }

    @Test
    void connectingTwoVpcsPeersThemUnlessTheirCidrsOverlap() {
        Lab lab = Labs.drop(Labs.vpcSubnetInstance(), ComponentKind.VPC, 1400, 300);
        Lab after =
                Connections.connect(lab, "vpc-1", "vpc-2").allowedEdit().orElseThrow().apply(lab);
        VpcPeering p = after.component("pcx-1", VpcPeering.class).orElseThrow();
        assertThat(p.requester()).isEqualTo("vpc-1");
        assertThat(p.accepter()).isEqualTo("vpc-2");
        assertThat(Diagram.of(after).box("pcx-1")).isPresent();

        Lab overlapping =
                ComponentFields.set(lab, "vpc-2", "cidr", "10.0.0.0/16")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(Connections.connect(overlapping, "vpc-1", "vpc-2").refusal()).isPresent();
    }

    @Test
    void unrelatedKindsCannotBeConnected() {
        Lab lab = Labs.vpcSubnetInstance();
        assertThat(Connections.connect(lab, "i-1", "acl-1").refusal())
                .map(m -> m.english())
                .contains("The instance cannot be connected to the nacl.");
    }
}
