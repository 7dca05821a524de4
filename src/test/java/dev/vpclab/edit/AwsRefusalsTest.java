package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.RouteTable;
import dev.vpclab.net.IpAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What AWS refuses is refused at the edit, whatever the gesture (a table cell, a line, a paste, a
 * field), with the reason: the lab never gets an error it did not have.
 */
class AwsRefusalsTest {
    private static Lab lab(String name) {
        return LabReader.read(Path.of("assets/labs/" + name)).lab().orElseThrow();
    }

    private static String refused(EditAttempt a) {
        return a.refusal()
                .map(Message::english)
                .orElseThrow(() -> new AssertionError("allowed: " + a));
    }

    private static String refusedPaste(Lab lab, String... ids) {
        Clipboard.Clip clip = Clipboard.copy(lab, Set.of(ids));
        return refused(Clipboard.paste(lab, clip, 40, 40).attempt(lab));
    }

    @Test
    void aRouteTargetMustBeAKindThatTakesRoutes() {
        Lab lab = lab("peered-vpcs.yaml");
        assertThat(refused(RuleEdits.setRoute(lab, "rt-a", 2, "10.9.0.0/16", "subnet-a")))
                .contains("subnet-a", "which is a subnet");
        assertThat(refused(RuleEdits.setRoute(lab, "rt-a", 2, "10.9.0.0/16", "sg-a")))
                .contains("sg-a");
    }

    @Test
    void aRouteToATransitGatewayNeedsAnAttachmentInTheVpc() {
        Lab lab = lab("transit-gateway-hub.yaml");
        lab = Labs.drop(lab, ComponentKind.VPC, 3000, 300);
        String table = Defaults.mainRouteTableOf(lab, lastVpc(lab)).orElseThrow().id();
        assertThat(refused(RuleEdits.setRoute(lab, table, 1, "10.0.0.0/8", "tgw-main")))
                .contains("tgw-main", "has no attachment in " + lastVpc(lab));
    }

    @Test
    void prefixListsThatDoNotExistAreRefusedInRoutesAndSecurityGroupRules() {
        Lab lab = lab("nat-vs-gateway-endpoint.yaml");
        int end = lab.component("rt-public", RouteTable.class).orElseThrow().routes().size();
        assertThat(refused(RuleEdits.setRoute(lab, "rt-public", end, "pl-nothing", "igw-main")))
                .contains("pl-nothing", "no component with that id");
        assertThat(
                        refused(
                                RuleEdits.setSecurityGroupRule(
                                        lab, "sg-app", false, 0, "tcp", "443", "pl-nothing")))
                .contains("pl-nothing");
        // The lab's own prefix list is fine in a rule.
        assertThat(
                        RuleEdits.setSecurityGroupRule(
                                        lab, "sg-app", false, 0, "tcp", "443", "pl-s3-use1")
                                .allowedEdit())
                .isPresent();
    }

    @Test
    void aVpcHasOneInternetGatewayAndOneVirtualPrivateGateway() {
        assertThat(refusedPaste(lab("nat-vs-gateway-endpoint.yaml"), "igw-main"))
                .contains("already has internet gateway igw-main");
        assertThat(refusedPaste(lab("on-premises-vpn.yaml"), "vgw-main"))
                .contains("already has virtual private gateway vgw-main");
    }

    @Test
    void twoVpcsHaveOnePeeringAndNoneWhenTheirBlocksOverlap() {
        Lab lab = lab("peered-vpcs.yaml");
        assertThat(refusedPaste(lab, "pcx-a-b")).contains("only one peering connection");
        Lab three = Labs.drop(lab, ComponentKind.VPC, 3000, 300);
        String c = lastVpc(three);
        three = accept(ComponentFields.set(three, c, "cidr", "10.0.0.0/16"), three);
        // Moving the peering's end is refused too (its routes in rt-b would point nowhere).
        assertThat(ComponentFields.set(three, "pcx-a-b", "accepter", c).refusal()).isPresent();
        assertThat(refused(Connections.connect(three, "vpc-a", c))).contains("overlap");
    }

    @Test
    void aLoadBalancerServesOneEndpointService() {
        Lab lab = lab("default.yaml");
        assertThat(refusedPaste(lab, "vpce-svc-app")).contains("nlb-app", "one endpoint service");
    }

    @Test
    void aRouteTableHasOneGatewayEndpointRoutePerService() {
        Lab lab = lab("nat-vs-gateway-endpoint.yaml");
        Rect vpc = Diagram.of(lab).box("vpc-main").orElseThrow();
        Lab two = Labs.drop(lab, ComponentKind.GATEWAY_ENDPOINT, vpc.center().x(), vpc.y() + 6);
        String second = two.all(GatewayEndpoint.class).reduce((a, b) -> b).orElseThrow().id();
        assertThat(second).isNotEqualTo("vpce-s3-gw");
        assertThat(refused(Connections.connect(two, second, "rt-private")))
                .contains("pl-s3-use1", "route");
        // A pasted endpoint is associated with no table of the original: AWS would refuse it.
        Clipboard.Paste p = Clipboard.paste(lab, Clipboard.copy(lab, Set.of("vpce-s3-gw")), 9, 9);
        Lab pasted = p.attempt(lab).allowedEdit().orElseThrow().apply(lab);
        assertThat(
                        pasted.component(p.newIds().get(0), GatewayEndpoint.class)
                                .orElseThrow()
                                .routeTables())
                .isEmpty();
    }

    @Test
    void pastedIpv6AddressesDoNotCollide() {
        Lab lab = Labs.vpcSubnetInstance();
        lab = accept(ComponentFields.set(lab, "vpc-1", "ipv6Cidr", "2600:1f18:1:2300::/56"), lab);
        lab =
                accept(
                        ComponentFields.set(lab, "subnet-1", "ipv6Cidr", "2600:1f18:1:2300::/64"),
                        lab);
        lab = accept(ComponentFields.set(lab, "i-1", "ipv6", "2600:1f18:1:2300::10"), lab);
        Clipboard.Paste p = Clipboard.paste(lab, Clipboard.copy(lab, Set.of("i-1")), 30, 30);
        Lab pasted = accept(p.attempt(lab), lab);
        Optional<IpAddress> copy =
                pasted.component(p.newIds().get(0), Instance.class).orElseThrow().ipv6();
        assertThat(copy)
                .isPresent()
                .isNotEqualTo(Optional.of(IpAddress.parse("2600:1f18:1:2300::10")));
        assertThat(EditGuard.newErrors(lab, pasted)).isEmpty();
        // Typing the taken address into the copy is refused.
        assertThat(
                        refused(
                                ComponentFields.set(
                                        pasted, p.newIds().get(0), "ipv6", "2600:1f18:1:2300::10")))
                .contains("already used by i-1");
    }

    @Test
    void aPastedNatGatewayGetsAnElasticIpOfItsOwn() {
        Lab lab = lab("nat-vs-gateway-endpoint.yaml");
        Clipboard.Paste p = Clipboard.paste(lab, Clipboard.copy(lab, Set.of("nat-a")), 30, 30);
        Lab pasted = accept(p.attempt(lab), lab);
        Optional<IpAddress> original =
                lab.component("nat-a", NatGateway.class).orElseThrow().elasticIp();
        Optional<IpAddress> copy =
                pasted.component(p.newIds().get(0), NatGateway.class).orElseThrow().elasticIp();
        assertThat(original).isPresent();
        assertThat(copy).isPresent().isNotEqualTo(original);
    }

    private static Lab accept(EditAttempt a, Lab lab) {
        return a.allowedEdit()
                .orElseThrow(
                        () -> new AssertionError("refused: " + a.refusal().map(Message::english)))
                .apply(lab);
    }

    private static String lastVpc(Lab lab) {
        return lab.all(dev.vpclab.model.Vpc.class).reduce((a, b) -> b).orElseThrow().id();
    }
}
