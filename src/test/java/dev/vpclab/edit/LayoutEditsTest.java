package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutEditsTest {

    @Test
    void movingAVpcTakesItsContentsAlong() {
        Lab lab = Labs.vpcSubnetInstance();
        Diagram before = Diagram.of(lab);
        Lab after =
                LayoutEdits.move(lab, Set.of("vpc-1"), 100, 40)
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        Diagram d = Diagram.of(after);
        for (String id : List.of("vpc-1", "subnet-1", "i-1", "rtb-1")) {
            assertThat(d.box(id).orElseThrow())
                    .isEqualTo(before.box(id).orElseThrow().translate(100, 40));
        }
    }

    @Test
    void aSubnetCannotBeDraggedOutOfItsVpc() {
        Lab lab = Labs.vpcSubnetInstance();
        EditAttempt a = LayoutEdits.move(lab, Set.of("subnet-1"), 2000, 0);
        assertThat(a.refusal())
                .map(m -> m.english())
                .contains("subnet-1 stays inside vpc-1: AWS cannot move it to another container.");
        assertThat(LayoutEdits.move(lab, Set.of("subnet-1"), 10, 10))
                .isInstanceOf(EditAttempt.Allowed.class);
    }

    @Test
    void aServiceCannotBeDroppedIntoAVpc() {
        Lab lab = Labs.drop(Labs.vpcSubnetInstance(), ComponentKind.INTERNET_HOST, 1500, 100);
        Rect host = Diagram.of(lab).box("internet-host-1").orElseThrow();
        Rect vpc = Diagram.of(lab).box("vpc-1").orElseThrow();
        double dx = vpc.center().x() - host.center().x();
        double dy = vpc.center().y() - host.center().y();
        assertThat(LayoutEdits.move(lab, Set.of("internet-host-1"), dx, dy).refusal()).isPresent();
    }

    @Test
    void resizingAContainerKeepsItsChildrenInside() {
        Lab lab = Labs.vpcSubnetInstance();
        Rect subnet = Diagram.of(lab).box("subnet-1").orElseThrow();
        Rect tiny = new Rect(subnet.x(), subnet.y(), 10, 10);
        Lab after =
                LayoutEdits.resize(lab, "subnet-1", tiny).allowedEdit().orElseThrow().apply(lab);
        Diagram d = Diagram.of(after);
        assertThat(d.box("subnet-1").orElseThrow().contains(d.box("i-1").orElseThrow())).isTrue();
        // and never grows out of its VPC
        Rect huge = new Rect(subnet.x() - 5000, subnet.y(), 10000, 10000);
        Lab grown =
                LayoutEdits.resize(lab, "subnet-1", huge).allowedEdit().orElseThrow().apply(lab);
        Diagram g = Diagram.of(grown);
        assertThat(g.box("vpc-1").orElseThrow().contains(g.box("subnet-1").orElseThrow())).isTrue();
    }

    @Test
    void alignLeftLinesUpOnTheFirstSelected() {
        Lab lab = Labs.drop(Lab.empty("t", "us-east-1"), ComponentKind.INTERNET_HOST, 100, 100);
        lab = Labs.drop(lab, ComponentKind.INTERNET_HOST, 400, 150);
        lab = Labs.drop(lab, ComponentKind.INTERNET_HOST, 250, 500);
        List<String> ids = List.of("internet-host-1", "internet-host-2", "internet-host-3");
        Lab aligned = LayoutEdits.align(lab, ids, LayoutEdits.Alignment.LEFT).apply(lab);
        Diagram d = Diagram.of(aligned);
        assertThat(ids).allSatisfy(id -> assertThat(d.box(id).orElseThrow().x()).isEqualTo(40.0));
        Lab spread = LayoutEdits.distribute(aligned, ids, false).apply(aligned);
        Diagram s = Diagram.of(spread);
        assertThat(s.box("internet-host-2").orElseThrow().center().y()).isEqualTo(300.0);
    }
}
