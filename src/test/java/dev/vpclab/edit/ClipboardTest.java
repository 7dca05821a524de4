package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Instance;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClipboardTest {

    @Test
    void pastingAVpcGivesFreshIdsBlocksAndAddresses() {
        Lab lab = Labs.vpcSubnetInstance();
        Clipboard.Clip clip = Clipboard.copy(lab, Set.of("vpc-1"));
        assertThat(clip.components()).hasSize(6);
        Clipboard.Paste paste = Clipboard.paste(lab, clip, 800, 0);
        Lab after = paste.edit().apply(lab);

        assertThat(paste.newIds()).contains("vpc-2", "subnet-2", "i-2");
        assertThat(after.component("vpc-2", Vpc.class).orElseThrow().cidr())
                .hasToString("10.1.0.0/16");
        Subnet s = after.component("subnet-2", Subnet.class).orElseThrow();
        assertThat(s.vpc()).isEqualTo("vpc-2");
        assertThat(s.cidr()).hasToString("10.1.0.0/24");
        assertThat(s.routeTable()).isEqualTo("rtb-2");
        Instance i = after.component("i-2", Instance.class).orElseThrow();
        assertThat(i.subnet()).isEqualTo("subnet-2");
        assertThat(i.privateIp()).hasToString("10.1.0.4");
        assertThat(i.securityGroups()).containsExactly("sg-2");
        Diagram d = Diagram.of(after);
        assertThat(d.box("vpc-2").orElseThrow())
                .isEqualTo(d.box("vpc-1").orElseThrow().translate(800, 0));
    }

    @Test
    void duplicatingAnInstanceKeepsItInItsSubnetWithTheNextAddress() {
        Lab lab = Labs.vpcSubnetInstance();
        Clipboard.Paste paste = Clipboard.paste(lab, Clipboard.copy(lab, Set.of("i-1")), 0, 0);
        Lab after = paste.edit().apply(lab);
        Instance copy = after.component("i-2", Instance.class).orElseThrow();
        assertThat(copy.subnet()).isEqualTo("subnet-1");
        assertThat(copy.privateIp()).hasToString("10.0.0.5");
    }
}
