package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayPeering;
import dev.vpclab.net.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transit gateway peering as AWS refuses it (R-TGW-2): routes across it are static only. */
class TransitPeeringCheckTest {

    private static TestLabs peered(RouteOrigin origin) {
        Route toPeer =
                new Route(
                        new AddressSet.Block(Cidr.parse("10.1.0.0/16")),
                        "tgw-attach-peer-1",
                        origin);
        return TestLabs.minimal()
                .add(
                        new TransitGateway(
                                "tgw-east",
                                TestLabs.REGION,
                                List.of(
                                        new TransitGateway.RouteTableEntry(
                                                "tgw-rtb-east",
                                                List.of("tgw-attach-peer-1"),
                                                List.of(toPeer)))),
                        new TransitGateway("tgw-west", "eu-west-1", List.of()),
                        new TransitGatewayPeering(
                                "tgw-attach-peer-1", "tgw-east", "tgw-west", "available"));
    }

    @Test
    void aStaticRouteToThePeeringAttachmentIsAccepted() {
        assertThat(peered(RouteOrigin.STATIC).check()).isEmpty();
    }

    @Test
    void aPropagatedRouteToThePeeringAttachmentIsRefused() {
        only(
                peered(RouteOrigin.PROPAGATED).check(),
                Severity.ERROR,
                "TGW_PEERING_ROUTE_NOT_STATIC",
                "tgw-east",
                "routeTables[0].routes[0].origin");
    }
}
