package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Selection, delete, nudge, context menu, zoom and resize on the real canvas, headless. */
class CanvasGesturesUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().releasingInputAfterEach();

    private EditorViewModel vm() {
        return app.session().viewModel();
    }

    private Rect box(String id) {
        return vm().diagram().box(id).orElseThrow();
    }

    private Point2D at(String id, double fx, double fy) {
        Rect r = box(id);
        return app.session()
                .window()
                .canvas()
                .toScreen(new Point(r.x() + r.width() * fx, r.y() + r.height() * fy));
    }

    @Test
    void rubberBandAndShiftClickSelect(FxRobot robot) {
        Rect subnet = box("subnet-app").inflate(6);
        Point2D from = app.session().window().canvas().toScreen(new Point(subnet.x(), subnet.y()));
        Point2D to =
                app.session().window().canvas().toScreen(new Point(subnet.maxX(), subnet.maxY()));
        // Pressing inside the VPC would grab the VPC: the band starts just outside it (inside
        // the open Region frame, below its title) and takes what it wholly encloses, the subnet
        // and its instance, not the VPC.
        Rect vpc = box("vpc-consumer");
        from = app.session().window().canvas().toScreen(new Point(vpc.x() - 5, vpc.y() - 5));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        assertThat(vm().selection().ids()).containsExactlyInAnyOrder("subnet-app", "i-app");
        robot.clickOn(at("i-app", 0.5, 0.5));
        robot.press(KeyCode.SHIFT).clickOn(at("vpce-app", 0.5, 0.5)).release(KeyCode.SHIFT);
        assertThat(vm().selection().ids()).containsExactly("i-app", "vpce-app");
        robot.press(KeyCode.SHIFT).clickOn(at("i-app", 0.5, 0.5)).release(KeyCode.SHIFT);
        assertThat(vm().selection().ids()).containsExactly("vpce-app");
    }

    @Test
    void rubberBandOnTheBareCanvasSelectsWhatItEncloses(FxRobot robot) {
        Point2D from = app.session().window().canvas().toScreen(new Point(20, 20));
        Point2D to = at("s3-use1", 1.0, 1.0).add(8, 8);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        // The Region is a frame around the VPCs now, not wholly inside the band.
        assertThat(vm().selection().ids()).containsExactlyInAnyOrder("pl-s3-use1", "s3-use1");
    }

    @Test
    void deleteSaysWhatGoesWithItAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn(at("subnet-app", 0.05, 0.08));
        assertThat(vm().selection().single()).contains("subnet-app");
        robot.type(KeyCode.DELETE);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("subnet-app").contains("1");
        assertThat(dialog.getContentText()).isEqualTo("i-app");
        Node ok =
                robot.lookup((Node n) -> n instanceof Button b && "OK".equals(b.getText())).query();
        robot.clickOn(ok);
        assertThat(vm().lab().component("subnet-app")).isEmpty();
        assertThat(vm().lab().component("i-app")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(vm().lab().component("i-app")).isPresent();
    }

    @Test
    void arrowKeysNudgeTheSelection(FxRobot robot) {
        Rect before = box("i-app");
        robot.clickOn(at("i-app", 0.5, 0.5));
        robot.type(KeyCode.RIGHT);
        assertThat(box("i-app").x()).isEqualTo(before.x() + 8);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(box("i-app").y()).isEqualTo(before.y() + 1);
        assertThat(vm().undoTextProperty().get()).isEqualTo("Undo Move Instance");
    }

    @Test
    void theContextMenuOpensOnASecondaryPressAndDuplicates(FxRobot robot) {
        robot.moveTo(at("i-app", 0.5, 0.5))
                .press(MouseButton.SECONDARY)
                .release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().selection().single()).contains("i-app");
        robot.clickOn("Duplicate");
        assertThat(vm().lab().component("i-1")).isPresent();
        assertThat(vm().selection().single()).contains("i-1");
    }

    @Test
    void theWheelZoomsAndFitShowsEverything(FxRobot robot) {
        robot.moveTo(at("vpc-consumer", 0.5, 0.5)).scroll(3, VerticalDirection.UP);
        double zoomed = app.session().window().canvas().viewport().scale();
        assertThat(zoomed).isNotEqualTo(1.0);
        robot.clickOn("#tool-fit");
        var canvas = app.session().window().canvas();
        Rect visible =
                canvas.viewport()
                        .visible(
                                robot.lookup("#diagram").query().getBoundsInLocal().getWidth(),
                                robot.lookup("#diagram").query().getBoundsInLocal().getHeight());
        assertThat(visible.contains(vm().diagram().bounds().orElseThrow())).isTrue();
    }

    @Test
    void aContainerIsResizedByItsHandleButNeverSmallerThanItsContents(FxRobot robot) {
        robot.clickOn(at("subnet-app", 0.05, 0.08));
        Rect before = box("subnet-app");
        Point2D handle = at("subnet-app", 1.0, 1.0);
        robot.drag(handle, MouseButton.PRIMARY).moveBy(-200, -100).drop();
        Rect after = box("subnet-app");
        assertThat(after.width()).isLessThan(before.width());
        assertThat(after.contains(box("i-app"))).isTrue();
        assertThat(vm().undoTextProperty().get()).isEqualTo("Undo Resize Subnet");
    }

    @Test
    void backspaceDeletesAndCtrlYRedoes(FxRobot robot) {
        robot.clickOn(at("i-app", 0.5, 0.5));
        robot.type(KeyCode.BACK_SPACE);
        assertThat(vm().lab().component("i-app")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(vm().lab().component("i-app")).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(vm().lab().component("i-app")).isEmpty();
    }
}
