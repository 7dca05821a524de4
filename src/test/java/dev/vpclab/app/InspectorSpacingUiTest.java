package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Selection;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's rows have room between them, as the console's forms do, not run together. */
class InspectorSpacingUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private void select(FxRobot robot, String id) {
        robot.interact(() -> app.session().viewModel().select(Selection.of(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds bounds(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void fieldsStandTenPixelsApart(FxRobot robot) {
        select(robot, "i-app");
        Bounds subnet = bounds(robot, "#field-subnet");
        Bounds address = bounds(robot, "#field-privateIp");
        assertThat(address.getMinY() - subnet.getMaxY())
                .as("between the subnet and the private IPv4 address")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void tableCellsStandApart(FxRobot robot) {
        select(robot, "rt-app");
        Bounds first = bounds(robot, "#routes-0-destination");
        Bounds below = bounds(robot, "#routes-1-destination");
        Bounds beside = bounds(robot, "#routes-0-target");
        assertThat(below.getMinY() - first.getMaxY())
                .as("between two routes")
                .isGreaterThanOrEqualTo(6);
        assertThat(beside.getMinX() - first.getMaxX())
                .as("between a route's destination and target")
                .isGreaterThanOrEqualTo(6);
    }
}
