package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Instance;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentFieldsTest {

    @Test
    void theInspectorSeesTheFieldsOfAComponentAsText() {
        Lab lab = Labs.vpcSubnetInstance();
        var fields = ComponentFields.fields(lab.component("subnet-1").orElseThrow());
        assertThat(fields)
                .extracting(ComponentFields.Field::name)
                .containsExactly(
                        "id", "vpc", "cidr", "ipv6Cidr", "az", "azId", "routeTable", "nacl");
        assertThat(fields.get(2).text()).isEqualTo("10.0.0.0/24");
        assertThat(fields.get(2).type()).isEqualTo(ComponentFields.FieldType.CIDR);
    }

    @Test
    void aBadCidrIsRefusedAtTheFieldWithTheReason() {
        Lab lab = Labs.vpcSubnetInstance();
        EditAttempt a = ComponentFields.set(lab, "vpc-1", "cidr", "10.0.0.1/16");
        assertThat(a.refusal())
                .map(m -> m.english())
                .contains("cidr: 10.0.0.1/16 has host bits set; the block is 10.0.0.0/16");
        assertThat(ComponentFields.set(lab, "vpc-1", "cidr", "banana").refusal()).isPresent();
        // With its subnet in 10.0.0.0/16 the VPC cannot move to another block (SUBNET_OUTSIDE_VPC).
        assertThat(ComponentFields.set(lab, "vpc-1", "cidr", "10.9.0.0/16").refusal())
                .map(m -> m.english())
                .hasValueSatisfying(m -> assertThat(m).contains("10.0.0.0/24", "10.9.0.0/16"));
        Lab alone = Labs.drop(Lab.empty("t", "us-east-1"), ComponentKind.VPC, 300, 300);
        Lab ok =
                ComponentFields.set(alone, "vpc-1", "cidr", "10.9.0.0/16")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(alone);
        assertThat(ok.component("vpc-1", Vpc.class).orElseThrow().cidr())
                .hasToString("10.9.0.0/16");
    }

    @Test
    void booleansAndOptionalAddressesParse() {
        Lab lab = Labs.vpcSubnetInstance();
        Lab a =
                ComponentFields.set(lab, "vpc-1", "enableDnsHostnames", "false")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(a.component("vpc-1", Vpc.class).orElseThrow().enableDnsHostnames()).isFalse();
        Lab b =
                ComponentFields.set(lab, "i-1", "publicIp", "203.0.113.9")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(b.component("i-1", Instance.class).orElseThrow().publicIp()).isPresent();
        Lab c = ComponentFields.set(b, "i-1", "publicIp", "").allowedEdit().orElseThrow().apply(b);
        assertThat(c.component("i-1", Instance.class).orElseThrow().publicIp()).isEmpty();
        Lab d =
                ComponentFields.set(lab, "acl-1", "default", "false")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(d.component("acl-1", NetworkAcl.class).orElseThrow().isDefault()).isFalse();
    }

    @Test
    void renamingUpdatesEveryReferenceAndTheLayout() {
        Lab lab = Labs.vpcSubnetInstance();
        Lab after =
                ComponentFields.set(lab, "rtb-1", "id", "rt-private")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(after.component("rt-private", RouteTable.class)).isPresent();
        assertThat(after.component("subnet-1", Subnet.class).orElseThrow().routeTable())
                .isEqualTo("rt-private");
        assertThat(after.layout()).containsKey("rt-private").doesNotContainKey("rtb-1");
        assertThat(ComponentFields.rename(lab, "rtb-1", "subnet-1").refusal()).isPresent();
        assertThat(ComponentFields.rename(lab, "rtb-1", "has space").refusal()).isPresent();
        assertThat(Deletion.plan(after, Set.of("vpc-1"))).contains("rt-private");
    }

    @Test
    void nestedRecordsReadAsTheirValues() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        lab = Labs.drop(lab, ComponentKind.INTERFACE_ENDPOINT, subnet.x() + 40, subnet.maxY() - 35);
        var enis =
                ComponentFields.fields(lab.component("vpce-1").orElseThrow()).stream()
                        .filter(f -> f.name().equals("enis"))
                        .findFirst()
                        .orElseThrow();
        assertThat(enis.text()).isEqualTo("(eni-1 subnet-1 us-east-1a use1-az1 10.0.0.5)");
        assertThat(enis.editable()).isFalse();
    }
}
