package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written labs (here: generated ones, without layout) are laid out cleanly. */
class AutoLayoutTest {

    @ParameterizedTest
    @ValueSource(ints = {60, 300, 1000})
    void containersNestTheirContentsAndNothingOverlaps(int size) {
        Lab lab = LabGenerator.generate(size, size);
        assertThat(lab.layout()).isEmpty();
        Diagram d = Diagram.of(lab);
        assertThat(d.boxes()).hasSize(lab.components().size());

        Map<String, List<String>> siblings = new HashMap<>();
        for (Component c : lab.components()) {
            // A VPC's container is its Region's frame.
            String parent = d.parent(c.id()).or(() -> d.frameOf(c.id())).orElse("");
            siblings.computeIfAbsent(parent, k -> new ArrayList<>()).add(c.id());
            Rect box = d.box(c.id()).orElseThrow();
            if (parent.isEmpty()) {
                continue;
            }
            Rect outer = d.box(parent).orElseThrow();
            if (Containment.isOnVpcEdge(c.kind())) {
                // Gateways sit astride the top edge of their VPC.
                assertThat(box.y()).as(c.id()).isLessThan(outer.y());
                assertThat(box.maxY()).as(c.id()).isGreaterThan(outer.y());
            } else {
                assertThat(outer.contains(box)).as("%s inside %s", c.id(), parent).isTrue();
            }
        }
        for (List<String> group : siblings.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Rect a = d.box(group.get(i)).orElseThrow();
                    Rect b = d.box(group.get(j)).orElseThrow();
                    assertThat(a.intersects(b))
                            .as("%s overlaps %s", group.get(i), group.get(j))
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 500, 2000})
    void aLabWithoutLayoutIsAGridOfAboutAPagesShapeNotOneLongRow(int size) {
        Lab lab = LabGenerator.generate(size, 42);
        Diagram d = Diagram.of(lab);
        Rect all = d.bounds().orElseThrow();
        double aspect = all.width() / all.height();
        assertThat(aspect).as("%s", all).isBetween(1 / 3.0, 3.0);
        // The Region frames every VPC of the lab.
        assertThat(d.isFrame("us-east-1")).isTrue();
        Rect region = d.box("us-east-1").orElseThrow();
        for (Component c : lab.components()) {
            if (c instanceof dev.vpclab.model.Vpc) {
                assertThat(region.contains(d.box(c.id()).orElseThrow())).as(c.id()).isTrue();
            } else if (d.parent(c.id()).isEmpty() && !c.id().equals("us-east-1")) {
                // What lives outside AWS networks stays out of the frame.
                assertThat(region.intersects(d.box(c.id()).orElseThrow())).as(c.id()).isFalse();
            }
        }
    }
}
