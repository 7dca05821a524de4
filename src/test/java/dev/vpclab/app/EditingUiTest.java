package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drops, resizes and connections on the real canvas: nothing lands on or grows over another. */
class EditingUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().releasingInputAfterEach();

    private EditorViewModel vm() {
        return app.session().viewModel();
    }

    private Rect box(String id) {
        return vm().diagram().box(id).orElseThrow();
    }

    private Point2D screen(Point p) {
        return app.session().window().canvas().toScreen(p);
    }

    private Point2D screenOf(String id, double fx, double fy) {
        Rect r = box(id);
        return screen(new Point(r.x() + r.width() * fx, r.y() + r.height() * fy));
    }

    private void dragFromPalette(FxRobot robot, String kind, Point2D to) {
        PaletteReveal.reveal(robot, kind); // long kind names wrap: the palette scrolls
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Rect visibleArea(FxRobot robot) {
        Node diagram = robot.lookup("#diagram").query();
        return app.session()
                .window()
                .canvas()
                .viewport()
                .visible(
                        diagram.getBoundsInLocal().getWidth(),
                        diagram.getBoundsInLocal().getHeight());
    }

    @Test
    void aDropOnAnotherComponentLandsBesideItInTheSameContainer(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        dragFromPalette(robot, "subnet", screenOf("vpc-1", 0.3, 0.35));
        dragFromPalette(robot, "subnet", screenOf("subnet-1", 0.5, 0.5));
        assertThat(vm().lab().component("subnet-2")).isPresent();
        assertThat(box("subnet-2").intersects(box("subnet-1"))).isFalse();
        assertThat(box("vpc-1").contains(box("subnet-2"))).isTrue();

        dragFromPalette(robot, "instance", screenOf("subnet-1", 0.5, 0.6));
        Point wanted = box("i-1").center();
        dragFromPalette(robot, "instance", screen(wanted));
        assertThat(vm().lab().component("i-2")).isPresent();
        assertThat(box("i-2").intersects(box("i-1"))).isFalse();
        assertThat(box("subnet-1").contains(box("i-2"))).isTrue();
        assertThat(vm().diagram().parent("i-2")).contains("subnet-1");
    }

    @Test
    void aDropOnAFreeSpotLandsAtThePointer(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        Point at = visibleArea(robot).center();
        dragFromPalette(robot, "vpc", screen(at));
        assertNear(box("vpc-1").center(), at);

        // A box wholly on screen but close to the edge stays where it was dropped.
        robot.interact(() -> app.session().document().newLab());
        Rect view = visibleArea(robot);
        Point corner = new Point(view.x() + 280 + 5, view.y() + 190 + 5);
        dragFromPalette(robot, "vpc", screen(corner));
        assertNear(box("vpc-1").center(), corner);
    }

    private static void assertNear(Point actual, Point wanted) {
        assertThat(Math.abs(actual.x() - wanted.x())).as("x of %s", actual).isLessThan(2);
        assertThat(Math.abs(actual.y() - wanted.y())).as("y of %s", actual).isLessThan(2);
    }

    @Test
    void aVpcDroppedNearTheCanvasEdgeStaysInView(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        Node diagram = robot.lookup("#diagram").query();
        Bounds b = diagram.localToScreen(diagram.getBoundsInLocal());
        dragFromPalette(robot, "vpc", new Point2D(b.getMaxX() - 15, b.getMaxY() - 15));
        assertThat(vm().lab().component("vpc-1")).isPresent();
        assertThat(visibleArea(robot).contains(box("vpc-1")))
                .as("%s in view %s", box("vpc-1"), visibleArea(robot))
                .isTrue();
    }

    @Test
    void aResizeStopsShortOfItsNeighbours(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        dragFromPalette(robot, "vpc", screen(visibleArea(robot).center()));
        dragFromPalette(robot, "subnet", screenOf("vpc-1", 0.3, 0.35));
        dragFromPalette(robot, "subnet", screenOf("subnet-1", 0.5, 0.5));
        // the second subnet lands at the nearest free spot and the view pans to show it, which
        // can leave the first one's left edge outside the view: show the whole VPC again
        robot.interact(() -> app.session().window().canvas().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();
        Rect before = box("subnet-1");
        robot.clickOn(screenOf("subnet-1", 0.05, 0.08));
        robot.drag(screenOf("subnet-1", 1.0, 1.0), MouseButton.PRIMARY).moveBy(400, 300).drop();
        WaitForAsyncUtils.waitForFxEvents();

        Rect after = box("subnet-1");
        assertThat(after).isNotEqualTo(before);
        for (var e : vm().diagram().boxes().entrySet()) {
            if (vm().diagram().parent(e.getKey()).equals(java.util.Optional.of("vpc-1"))
                    && !e.getKey().equals("subnet-1")) {
                assertThat(after.intersects(e.getValue()))
                        .as("%s over %s %s", after, e.getKey(), e.getValue())
                        .isFalse();
            }
        }
        assertThat(box("vpc-1").contains(after)).isTrue();
    }

    @Test
    void draggingFromTheHoverHandleConnectsWithoutAModifierKey(FxRobot robot) {
        robot.interact(() -> app.session().window().canvas().zoomToFit());
        Rect sgBefore = box("sg-vpce-app");
        assertThat(instance("i-app").securityGroups()).doesNotContain("sg-vpce-app");
        robot.moveTo(screenOf("sg-vpce-app", 0.5, 0.5));
        Point2D handle = screen(ConnectHandle.centre(vm().diagram(), "sg-vpce-app").orElseThrow());
        robot.moveTo(handle);
        assertThat(robot.lookup("#canvas-hint").queryLabeled().isVisible()).isTrue();
        robot.drag(handle, MouseButton.PRIMARY).moveTo(screenOf("i-app", 0.5, 0.5)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(instance("i-app").securityGroups()).contains("sg-vpce-app");
        assertThat(box("sg-vpce-app")).as("the group was not moved").isEqualTo(sgBefore);
    }

    private dev.vpclab.model.Instance instance(String id) {
        return (dev.vpclab.model.Instance) vm().lab().component(id).orElseThrow();
    }
}
