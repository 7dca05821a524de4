package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddComponentTest {

    @Test
    void aNewVpcComesWithAFreeCidrMainRouteTableDefaultAclAndSecurityGroup() {
        Lab lab = Labs.drop(Lab.empty("t", "us-east-1"), ComponentKind.VPC, 300, 300);

        Vpc vpc = lab.component("vpc-1", Vpc.class).orElseThrow();
        assertThat(vpc.cidr()).hasToString("10.0.0.0/16");
        RouteTable rt = lab.component("rtb-1", RouteTable.class).orElseThrow();
        assertThat(rt.routes()).map(Object::toString).containsExactly("10.0.0.0/16 -> local");
        NetworkAcl acl = lab.component("acl-1", NetworkAcl.class).orElseThrow();
        assertThat(acl.isDefault()).isTrue();
        assertThat(acl.inbound())
                .map(Object::toString)
                .containsExactly("rule 100: allow all 0.0.0.0/0");
        assertThat(acl.outbound()).hasSize(1);
        SecurityGroup sg = lab.component("sg-1", SecurityGroup.class).orElseThrow();
        assertThat(sg.inbound())
                .singleElement()
                .extracting(r -> r.peer().toString())
                .isEqualTo("sg-1");
        assertThat(sg.outbound())
                .singleElement()
                .extracting(r -> r.peer().toString())
                .isEqualTo("0.0.0.0/0");
        // Everything new has a place on the canvas, the companions inside the VPC.
        Diagram d = Diagram.of(lab);
        assertThat(d.box("vpc-1").orElseThrow().contains(d.box("rtb-1").orElseThrow())).isTrue();
    }

    @Test
    void aSecondVpcGetsTheNextFreeSixteen() {
        Lab lab = Labs.drop(Lab.empty("t", "us-east-1"), ComponentKind.VPC, 300, 300);
        lab = Labs.drop(lab, ComponentKind.VPC, 1200, 300);
        assertThat(lab.component("vpc-2", Vpc.class).orElseThrow().cidr())
                .hasToString("10.1.0.0/16");
        assertThat(lab.component("rtb-2")).isPresent();
    }

    @Test
    void subnetsGetTheNextFreeBlockAndTheVpcsMainTableAndAcl() {
        Lab lab = Labs.vpcSubnetInstance();
        Subnet first = lab.component("subnet-1", Subnet.class).orElseThrow();
        assertThat(first.cidr()).hasToString("10.0.0.0/24");
        assertThat(first.routeTable()).isEqualTo("rtb-1");
        assertThat(first.nacl()).isEqualTo("acl-1");
        assertThat(first.azId()).isEqualTo("use1-az1");

        Rect vpc = Diagram.of(lab).box("vpc-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.SUBNET, vpc.maxX() - 60, vpc.y() + 60);
        assertThat(lab.component("subnet-2", Subnet.class).orElseThrow().cidr())
                .hasToString("10.0.1.0/24");
    }

    @Test
    void instancesGetTheNextAddressAfterTheFourReservedAndTheDefaultGroup() {
        Lab lab = Labs.vpcSubnetInstance();
        Instance i = lab.component("i-1", Instance.class).orElseThrow();
        assertThat(i.privateIp()).hasToString("10.0.0.4");
        assertThat(i.securityGroups()).containsExactly("sg-1");
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.INSTANCE, subnet.x() + 30, subnet.maxY() - 30);
        assertThat(lab.component("i-2", Instance.class).orElseThrow().privateIp())
                .hasToString("10.0.0.5");
    }

    @Test
    void dropsWhereAwsWouldNotAllowThemAreRefusedWithAReason() {
        Lab lab = Labs.vpcSubnetInstance();
        Point bare = new Point(-500, -500);
        assertThat(
                        AddComponent.attempt(lab, ComponentKind.SUBNET, bare, Optional.empty())
                                .refusal())
                .map(m -> m.english())
                .contains("The subnet goes inside a VPC: drop it on a VPC.");
        assertThat(
                        AddComponent.attempt(
                                        lab, ComponentKind.INSTANCE, bare, Optional.of("vpc-1"))
                                .refusal())
                .map(m -> m.english())
                .contains("The instance goes inside a subnet: drop it on a subnet.");
        assertThat(
                        AddComponent.attempt(
                                        lab, ComponentKind.AWS_SERVICE, bare, Optional.of("vpc-1"))
                                .refusal())
                .isPresent();
        assertThat(
                        AddComponent.attempt(
                                lab, ComponentKind.INTERNET_GATEWAY, bare, Optional.of("vpc-1")))
                .isInstanceOf(EditAttempt.Allowed.class);
    }

    @Test
    void aGatewayEndpointBringsTheS3PrefixListAndSitsInItsVpc() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect vpc = Diagram.of(lab).box("vpc-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.GATEWAY_ENDPOINT, vpc.maxX() - 70, vpc.maxY() - 40);
        GatewayEndpoint g = lab.component("vpce-1", GatewayEndpoint.class).orElseThrow();
        assertThat(g.prefixList()).isEqualTo("pl-s3-use1");
        assertThat(g.serviceName()).isEqualTo("com.amazonaws.us-east-1.s3");
        assertThat(lab.component("pl-s3-use1", ManagedPrefixList.class)).isPresent();
    }

    @Test
    void aSecondInternetGatewayOnOneVpcIsRefused() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect vpc = Diagram.of(lab).box("vpc-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.INTERNET_GATEWAY, vpc.x() + 100, vpc.y() + 5);
        assertThat(
                        AddComponent.attempt(
                                        lab,
                                        ComponentKind.INTERNET_GATEWAY,
                                        vpc.center(),
                                        Optional.of("vpc-1"))
                                .refusal())
                .isPresent();
        // The gateway sits on the top edge of its VPC.
        Rect igw = Diagram.of(lab).box("igw-1").orElseThrow();
        assertThat(igw.y()).isLessThan(vpc.y()).isGreaterThan(vpc.y() - igw.height());
    }
}
