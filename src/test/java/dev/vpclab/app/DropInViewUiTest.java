package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drop with no free room on screen goes to the nearest free spot, off screen if need be; the view
 * follows it so that the new component is in sight (issue 9: the second VPC dropped on the first
 * vanished above the view).
 */
class DropInViewUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().releasingInputAfterEach();

    private Rect box(String id) {
        return app.session().viewModel().diagram().box(id).orElseThrow();
    }

    private Point2D screenOf(String id) {
        return app.session().window().canvas().toScreen(box(id).center());
    }

    private void drop(FxRobot robot, String kind, Point2D at) {
        PaletteReveal.reveal(robot, kind);
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(at).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aVpcDroppedOnAVpcThatFillsTheViewIsPlacedBesideItAndScrolledIntoView(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        CanvasView canvas = app.session().window().canvas();
        drop(robot, "vpc", canvas.toScreen(new dev.vpclab.edit.Point(400, 300)));
        // Zoomed in on the first VPC, there is no room for a second one on screen.
        robot.interact(
                () -> {
                    Canvas c = robot.lookup("#diagram").queryAs(Canvas.class);
                    canvas.setViewport(
                            dev.vpclab.paint.Viewport.fit(
                                    box("vpc-1"), c.getWidth(), c.getHeight(), 4, 0));
                });
        WaitForAsyncUtils.waitForFxEvents();
        drop(robot, "vpc", screenOf("vpc-1"));

        Rect second = box("vpc-2");
        assertThat(second.intersects(box("vpc-1"))).as("the drop overlaps vpc-1").isFalse();
        Canvas c = robot.lookup("#diagram").queryAs(Canvas.class);
        Rect visible = canvas.viewport().visible(c.getWidth(), c.getHeight());
        assertThat(visible.contains(second))
                .as("vpc-2 at %s is on screen (view %s)", second, visible)
                .isTrue();
    }

    @Test
    void aRefusedDropNearTheRightEdgeShowsItsWholeReasonInsideTheCanvas(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        CanvasView canvas = app.session().window().canvas();
        Canvas c = robot.lookup("#diagram").queryAs(Canvas.class);
        javafx.geometry.Bounds area = c.localToScreen(c.getLayoutBounds());
        // An instance needs a subnet: refused, with the reason at the pointer, 10 px from the edge.
        drop(robot, "instance", new Point2D(area.getMaxX() - 10, area.getMinY() + 60));
        javafx.scene.control.Label hint = canvas.hintLabel();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).isTrue();
        javafx.geometry.Bounds b = hint.localToScreen(hint.getLayoutBounds());
        assertThat(b.getMaxX())
                .as("the hint's right edge (canvas ends at %s)", area.getMaxX())
                .isLessThanOrEqualTo(area.getMaxX());
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(area.getMinX());
        // Its text is whole: the label needs no more room than it has.
        assertThat(hint.prefHeight(hint.getWidth())).isLessThanOrEqualTo(hint.getHeight() + 0.5);
    }
}
