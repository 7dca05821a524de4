package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Lab;
import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connect tool without dragging (issue 9): click one component, then another; the status bar
 * says what to do; Esc cancels; Shift on the second click keeps the tool on.
 */
class ConnectToolUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().releasingInputAfterEach();

    private Lab lab() {
        return app.session().viewModel().lab();
    }

    private String status() {
        return app.session().viewModel().statusProperty().get();
    }

    private Point2D screenOf(String id) {
        Rect r = app.session().viewModel().diagram().box(id).orElseThrow();
        return app.session().window().canvas().toScreen(r.center());
    }

    private boolean toolOn(FxRobot robot) {
        return robot.lookup("#tool-connect").queryAs(ToggleButton.class).isSelected();
    }

    /** A VPC (with its main route table rtb-1), a second route table and a gateway endpoint. */
    private void build(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        drag(robot, "vpc", app.session().window().canvas().toScreen(new Point(400, 300)));
        Rect vpc = app.session().viewModel().diagram().box("vpc-1").orElseThrow();
        drag(robot, "gatewayEndpoint", screenAt(vpc, 0.8, 0.5));
        drag(robot, "routeTable", screenAt(vpc, 0.5, 0.8));
        assertThat(lab().component("vpce-1")).isPresent();
        assertThat(lab().component("rtb-2")).isPresent();
    }

    private Point2D screenAt(Rect r, double fx, double fy) {
        return app.session()
                .window()
                .canvas()
                .toScreen(new Point(r.x() + r.width() * fx, r.y() + r.height() * fy));
    }

    private void drag(FxRobot robot, String kind, Point2D to) {
        PaletteReveal.reveal(robot, kind);
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.List<String> tablesOfTheEndpoint() {
        return lab().component("vpce-1", GatewayEndpoint.class).orElseThrow().routeTables();
    }

    @Test
    void clickThenClickConnectsWithTheStepsInTheStatusBarAndTheToolTurnsOff(FxRobot robot) {
        build(robot);
        robot.clickOn("#tool-connect");
        assertThat(status()).startsWith("Connect: click the first component");
        robot.clickOn(screenOf("vpce-1"));
        assertThat(status()).startsWith("Connecting vpce-1: click the component");
        assertThat(tablesOfTheEndpoint()).isEmpty();
        robot.moveTo(screenOf("rtb-1")).clickOn(screenOf("rtb-1"));
        assertThat(tablesOfTheEndpoint()).containsExactly("rtb-1");
        assertThat(toolOn(robot)).as("one connection, then the tool is off").isFalse();
        // The bar says what was done, not the tool's instructions any more.
        assertThat(status()).startsWith("Connect ").doesNotContain("click");
    }

    @Test
    void escCancelsTheFirstEndThenTheTool(FxRobot robot) {
        build(robot);
        robot.clickOn("#tool-connect");
        robot.clickOn(screenOf("vpce-1"));
        robot.type(KeyCode.ESCAPE);
        assertThat(toolOn(robot)).isTrue();
        assertThat(status()).startsWith("Connect: click the first component");
        // The next click starts again instead of connecting vpce-1.
        robot.clickOn(screenOf("rtb-1"));
        assertThat(status()).startsWith("Connecting rtb-1");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        assertThat(toolOn(robot)).isFalse();
        assertThat(tablesOfTheEndpoint()).isEmpty();
    }

    @Test
    void shiftOnTheSecondClickKeepsTheToolOnForTheNextConnection(FxRobot robot) {
        build(robot);
        robot.clickOn("#tool-connect");
        robot.clickOn(screenOf("vpce-1"));
        robot.press(KeyCode.SHIFT).clickOn(screenOf("rtb-1")).release(KeyCode.SHIFT);
        assertThat(tablesOfTheEndpoint()).containsExactly("rtb-1");
        assertThat(toolOn(robot)).isTrue();
        robot.clickOn(screenOf("vpce-1")).clickOn(screenOf("rtb-2"));
        assertThat(tablesOfTheEndpoint()).containsExactly("rtb-1", "rtb-2");
        assertThat(toolOn(robot)).isFalse();
    }
}
