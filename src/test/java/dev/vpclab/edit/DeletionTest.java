package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Instance;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionTest {

    @Test
    void deletingAVpcTakesEverythingInsideItAndSaysSoFirst() {
        Lab lab = Labs.vpcSubnetInstance();
        assertThat(Deletion.dependents(lab, Set.of("vpc-1")))
                .containsExactlyInAnyOrder("subnet-1", "i-1", "rtb-1", "acl-1", "sg-1");
        Lab after = Deletion.delete(lab, Set.of("vpc-1")).apply(lab);
        assertThat(after.components()).isEmpty();
        assertThat(after.layout()).isEmpty();
    }

    @Test
    void deletingASecurityGroupRemovesItFromItsMembersOnly() {
        Lab lab = Labs.vpcSubnetInstance();
        Lab after = Deletion.delete(lab, Set.of("sg-1")).apply(lab);
        assertThat(after.component("i-1", Instance.class).orElseThrow().securityGroups()).isEmpty();
        assertThat(after.component("vpc-1")).isPresent();
    }

    @Test
    void deletingARouteTargetRemovesTheRoutesToIt() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.NAT_GATEWAY, subnet.x() + 70, subnet.maxY() - 35);
        lab = Connections.connect(lab, "rtb-1", "nat-1").allowedEdit().orElseThrow().apply(lab);
        assertThat(lab.component("rtb-1", RouteTable.class).orElseThrow().routes()).hasSize(2);

        Lab after = Deletion.delete(lab, Set.of("nat-1")).apply(lab);
        assertThat(after.component("rtb-1", RouteTable.class).orElseThrow().routes())
                .map(Object::toString)
                .containsExactly("10.0.0.0/16 -> local");
    }

    @Test
    void aSubnetWhoseRouteTableGoesFallsBackToTheMainOne() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect vpc = Diagram.of(lab).box("vpc-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.ROUTE_TABLE, vpc.maxX() - 70, vpc.maxY() - 40);
        lab = Connections.connect(lab, "rtb-2", "subnet-1").allowedEdit().orElseThrow().apply(lab);
        assertThat(lab.component("subnet-1", Subnet.class).orElseThrow().routeTable())
                .isEqualTo("rtb-2");

        Lab after = Deletion.delete(lab, Set.of("rtb-2")).apply(lab);
        assertThat(after.component("subnet-1", Subnet.class).orElseThrow().routeTable())
                .isEqualTo("rtb-1");
        assertThat(Deletion.dependents(lab, Set.of("rtb-2"))).isEmpty();
    }
}
