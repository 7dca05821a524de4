package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramTest {

    @Test
    void hitTestingFindsTheInnermostComponent() {
        Lab lab = Labs.vpcSubnetInstance();
        Diagram d = Diagram.of(lab);
        Rect instance = d.box("i-1").orElseThrow();
        Rect subnet = d.box("subnet-1").orElseThrow();
        Rect vpc = d.box("vpc-1").orElseThrow();
        assertThat(d.componentAt(instance.center())).contains("i-1");
        assertThat(d.componentAt(new Point(subnet.x() + 3, subnet.y() + 3))).contains("subnet-1");
        assertThat(d.componentAt(new Point(vpc.x() + 3, vpc.y() + 3))).contains("vpc-1");
        assertThat(d.componentAt(new Point(vpc.x() - 300, vpc.y() - 300))).isEmpty();
        assertThat(d.containerAt(instance.center(), Set.of())).contains("subnet-1");
    }

    @Test
    void rubberBandSelectsWhatLiesWhollyInside() {
        Lab lab = Labs.vpcSubnetInstance();
        Diagram d = Diagram.of(lab);
        Rect subnet = d.box("subnet-1").orElseThrow();
        assertThat(d.componentsIn(subnet.inflate(2))).containsExactlyInAnyOrder("subnet-1", "i-1");
    }

    @Test
    void autoLayoutNestsContainersPutsGatewaysOnTheEdgeAndServicesOutside() {
        Lab built = Labs.vpcSubnetInstance();
        Rect vpcBox = Diagram.of(built).box("vpc-1").orElseThrow();
        built = Labs.drop(built, ComponentKind.INTERNET_GATEWAY, vpcBox.center().x(), vpcBox.y());
        built = Labs.drop(built, ComponentKind.AWS_SERVICE, vpcBox.maxX() + 300, vpcBox.y());
        Rect subnetBox = Diagram.of(built).box("subnet-1").orElseThrow();
        built =
                Labs.drop(
                        built,
                        ComponentKind.INSTANCE,
                        subnetBox.center().x(),
                        subnetBox.center().y());
        Lab handWritten = built.withLayout(Map.of()); // as if written by hand, without layout

        Diagram d = Diagram.of(handWritten);
        Rect vpc = d.box("vpc-1").orElseThrow();
        Rect subnet = d.box("subnet-1").orElseThrow();
        assertThat(vpc.contains(subnet)).isTrue();
        assertThat(subnet.contains(d.box("i-1").orElseThrow())).isTrue();
        assertThat(subnet.contains(d.box("i-2").orElseThrow())).isTrue();
        assertThat(d.box("i-1").orElseThrow().intersects(d.box("i-2").orElseThrow())).isFalse();
        Rect igw = d.box("igw-1").orElseThrow();
        assertThat(igw.y()).isLessThan(vpc.y());
        assertThat(igw.maxY()).isGreaterThan(vpc.y());
        assertThat(vpc.intersects(d.box("svc-1").orElseThrow())).isFalse();
        for (String id : List.of("rtb-1", "acl-1", "sg-1")) {
            assertThat(vpc.contains(d.box(id).orElseThrow())).isTrue();
            assertThat(subnet.intersects(d.box(id).orElseThrow())).isFalse();
        }
    }

    @Test
    void aComponentMissingFromAPartialLayoutGoesIntoAFreePlaceOfItsContainer() {
        Lab lab = Labs.vpcSubnetInstance();
        Map<String, LayoutBox> partial = new HashMap<>(lab.layout());
        partial.remove("i-1");
        Diagram d = Diagram.of(lab.withLayout(partial));
        Rect subnet = d.box("subnet-1").orElseThrow();
        assertThat(subnet.contains(d.box("i-1").orElseThrow())).isTrue();
    }
}
