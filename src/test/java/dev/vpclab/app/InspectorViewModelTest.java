package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Selection;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Vpc;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private final EditorViewModel vm =
            new EditorViewModel(
                    Lab.empty("t", "us-east-1"),
                    Background.immediate(),
                    new AppText(Locale.ENGLISH));
    private final InspectorViewModel inspector = new InspectorViewModel(vm);

    @Test
    void aBadCidrIsRefusedAtTheFieldAndTheLabStaysAsItWas() {
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        Lab before = vm.lab();
        assertThat(inspector.setField("cidr", "10.0.0.0/33"))
                .hasValueSatisfying(
                        reason ->
                                assertThat(reason)
                                        .startsWith("cidr: prefix length 33 is outside 0..32"));
        assertThat(vm.lab()).isEqualTo(before);
        assertThat(inspector.setField("cidr", "10.20.0.0/16")).isEmpty();
        assertThat(vm.lab().component("vpc-1", Vpc.class).orElseThrow().cidr())
                .hasToString("10.20.0.0/16");
    }

    @Test
    void anInstanceConnectEndpointFromThePaletteOffersItsFieldsInTheConsolesWords() {
        assertThat(vm.drop(ComponentKind.VPC, new Point(400, 300))).isTrue();
        var vpc = vm.diagram().box("vpc-1").orElseThrow();
        assertThat(vm.drop(ComponentKind.SUBNET, new Point(vpc.x() + 150, vpc.y() + 100))).isTrue();
        var subnet = vm.diagram().box("subnet-1").orElseThrow();
        assertThat(vm.drop(ComponentKind.INSTANCE_CONNECT_ENDPOINT, subnet.center())).isTrue();
        var endpoint =
                (dev.vpclab.model.InstanceConnectEndpoint) inspector.selected().orElseThrow();
        assertThat(endpoint.id()).isEqualTo("eice-1");
        // As the console creates it: the VPC's default group, client IP preservation off.
        assertThat(endpoint.securityGroups()).containsExactly("sg-1");
        assertThat(endpoint.preserveClientIp()).isFalse();
        assertThat(inspector.fields())
                .extracting(f -> f.name())
                .contains("subnet", "privateIp", "securityGroups", "preserveClientIp");
        assertThat(inspector.setField("preserveClientIp", "true")).isEmpty();
        assertThat(
                        ((dev.vpclab.model.InstanceConnectEndpoint)
                                        inspector.selected().orElseThrow())
                                .preserveClientIp())
                .isTrue();
        AppText ko = new AppText(Locale.KOREAN);
        assertThat(ko.fieldLabel("preserveClientIp")).isEqualTo("클라이언트 IP 보존");
        assertThat(dev.vpclab.model.KindDescriptor.PaletteGroup.ENDPOINTS.kinds())
                .contains(ComponentKind.INSTANCE_CONNECT_ENDPOINT);
    }

    @Test
    void renamingKeepsTheComponentSelected() {
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        inspector.setField("id", "vpc-main");
        assertThat(vm.selection()).isEqualTo(Selection.of("vpc-main"));
        assertThat(inspector.fields().get(0).text()).isEqualTo("vpc-main");
    }

    @Test
    void routesAreATableThatCanBeEditedRowByRow() {
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        vm.select(Selection.of("rtb-1"));
        assertThat(inspector.tables())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.name()).isEqualTo("routes");
                            assertThat(t.rows()).containsExactly(List.of("10.0.0.0/16", "local"));
                        });
        assertThat(inspector.setRow("routes", 1, List.of("0.0.0.0/0", "igw-9")))
                .contains("There is no igw-9 in this lab.");
        vm.drop(ComponentKind.INTERNET_GATEWAY, new Point(400, 300));
        String igw =
                vm.lab().all(dev.vpclab.model.InternetGateway.class).findFirst().orElseThrow().id();
        vm.select(Selection.of("rtb-1"));
        assertThat(inspector.setRow("routes", 1, List.of("0.0.0.0/0", igw))).isEmpty();
        assertThat(inspector.routes()).hasSize(2);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Edit Routes of rtb-1");
        assertThat(inspector.removeRow("routes", 1)).isEmpty();
        assertThat(inspector.routes()).hasSize(1);
    }

    @Test
    void theLocalRouteRowRefusesToBeDeletedWithTheReason() {
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        vm.select(Selection.of("rtb-1"));
        Lab before = vm.lab();
        assertThat(inspector.removeRow("routes", 0))
                .hasValueSatisfying(
                        reason ->
                                assertThat(reason)
                                        .startsWith(
                                                "The route 10.0.0.0/16 → local is the local route"
                                                        + " of rtb-1")
                                        .contains("does not let it be deleted"));
        assertThat(vm.lab()).isEqualTo(before);
        assertThat(inspector.tables().get(0).rows())
                .containsExactly(List.of("10.0.0.0/16", "local"));
    }

    @Test
    void securityGroupsAndAclsHaveInboundAndOutboundTables() {
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        vm.select(Selection.of("sg-1"));
        assertThat(inspector.tables())
                .extracting(InspectorViewModel.Table::name)
                .containsExactly("inbound", "outbound");
        assertThat(inspector.setRow("inbound", 1, List.of("tcp", "443", "10.0.0.0/16"))).isEmpty();
        vm.select(Selection.of("acl-1"));
        assertThat(
                        inspector.setRow(
                                "outbound", 0, List.of("100", "deny", "all", "all", "0.0.0.0/0")))
                .isEmpty();
        assertThat(inspector.tables().get(1).rows())
                .containsExactly(List.of("100", "deny", "all", "all", "0.0.0.0/0"));
    }
}
