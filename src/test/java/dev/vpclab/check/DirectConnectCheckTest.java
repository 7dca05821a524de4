package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What AWS refuses about Direct Connect virtual interfaces and gateways (R-DX-1, R-DX-2). */
class DirectConnectCheckTest {

    private static TestLabs hybrid() {
        return TestLabs.minimal()
                .add(
                        new OnPremisesNetwork(
                                "onprem-dc", Cidr.parse("192.168.0.0/16"), List.of(), "dns"),
                        new VirtualPrivateGateway("vgw-main", "vpc-main"),
                        new TransitGateway("tgw-main", TestLabs.REGION, List.of()));
    }

    private static VirtualInterface vif(String type, String gateway) {
        return new VirtualInterface(
                "dxvif-1", type, "onprem-dc", Optional.ofNullable(gateway), 101, Optional.empty());
    }

    @Test
    void aPrivateInterfaceOnTheVpcsGatewayIsAccepted() {
        assertThat(hybrid().add(vif("private", "vgw-main")).check()).isEmpty();
    }

    @Test
    void aTransitInterfaceOnAVirtualPrivateGatewayIsRefused() {
        only(
                hybrid().add(vif("transit", "vgw-main")).check(),
                Severity.ERROR,
                "VIRTUAL_INTERFACE_TYPE_MISMATCH",
                "dxvif-1",
                "gateway");
    }

    @Test
    void aPrivateInterfaceOnAGatewayAssociatedWithATransitGatewayIsRefused() {
        only(
                hybrid().add(
                                new DirectConnectGateway("dxgw-1", List.of("tgw-main")),
                                vif("private", "dxgw-1"))
                        .check(),
                Severity.ERROR,
                "VIRTUAL_INTERFACE_TYPE_MISMATCH",
                "dxvif-1",
                "gateway");
    }

    @Test
    void aTransitInterfaceOnAGatewayAssociatedWithATransitGatewayIsAccepted() {
        assertThat(
                        hybrid().add(
                                        new DirectConnectGateway("dxgw-1", List.of("tgw-main")),
                                        vif("transit", "dxgw-1"))
                                .check())
                .isEmpty();
    }

    @Test
    void aGatewayAssociatedWithBothKindsIsRefused() {
        only(
                hybrid().add(new DirectConnectGateway("dxgw-1", List.of("vgw-main", "tgw-main")))
                        .check(),
                Severity.ERROR,
                "VIRTUAL_INTERFACE_TYPE_MISMATCH",
                "dxgw-1",
                "associations");
    }

    @Test
    void aPublicInterfaceWithoutTheCustomersPublicAddressIsWarnedAbout() {
        only(
                hybrid().add(vif("public", null)).check(),
                Severity.WARNING,
                "PUBLIC_VIF_WITHOUT_PUBLIC_ADDRESS",
                "dxvif-1",
                "customerAddress");
        assertThat(
                        hybrid().add(
                                        new VirtualInterface(
                                                "dxvif-1",
                                                "public",
                                                "onprem-dc",
                                                Optional.empty(),
                                                101,
                                                Optional.of(IpAddress.parse("203.0.113.5"))))
                                .check())
                .isEmpty();
    }

    @Test
    void aPublicInterfaceOnAGatewayIsRefused() {
        only(
                hybrid().add(
                                new DirectConnectGateway("dxgw-1", List.of("vgw-main")),
                                new VirtualInterface(
                                        "dxvif-1",
                                        "public",
                                        "onprem-dc",
                                        Optional.of("dxgw-1"),
                                        101,
                                        Optional.of(IpAddress.parse("203.0.113.5"))))
                        .check(),
                Severity.ERROR,
                "VIRTUAL_INTERFACE_TYPE_MISMATCH",
                "dxvif-1",
                "gateway");
    }
}
