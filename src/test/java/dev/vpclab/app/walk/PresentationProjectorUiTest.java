package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.CanvasView;
import dev.vpclab.app.LabWindow;
import dev.vpclab.edit.Rect;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.walk.Event;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode (F5) at a projector: a 1920x1080 Monocle screen (the pom's "projector"
 * execution), the shipped default lab, the keyboard and the mouse.
 */
@Tag("projector")
class PresentationProjectorUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private WalkDock walk() {
        return app.session().window().walk();
    }

    private void present(FxRobot robot, int flow) {
        ListView<?> list = robot.lookup("#flow-list").queryAs(ListView.class);
        robot.clickOn(
                list.lookupAll(".list-cell").stream()
                        .filter(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == flow)
                        .findFirst()
                        .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The lab area the diagram shows now. */
    private Rect visible() {
        CanvasView canvas = app.session().window().canvas();
        return canvas.viewport().visible(canvas.viewWidth(), canvas.viewHeight());
    }

    private void assertReadable(String when) {
        assertThat(
                        app.session().window().canvas().viewport().scale()
                                * DiagramPainter.SMALLEST_TEXT)
                .as("smallest diagram text in px, " + when)
                .isGreaterThanOrEqualTo(18);
    }

    /** Keeps a picture of the screen as test output (target/projector-shots), to look at. */
    private void shot(FxRobot robot, String name) {
        robot.interact(
                () -> {
                    try {
                        java.io.File dir = new java.io.File("target/projector-shots");
                        dir.mkdirs();
                        javax.imageio.ImageIO.write(
                                javafx.embed.swing.SwingFXUtils.fromFXImage(
                                        app.session().window().canvas().getScene().snapshot(null),
                                        null),
                                "png",
                                new java.io.File(dir, name + ".png"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void theScreenIsAProjectorOf1920x1080() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertThat(new double[] {screen.getWidth(), screen.getHeight()})
                .containsExactly(1920, 1080);
    }

    @Test
    void aFlowThatFitsIsShownWholeReadableAndStaysWholeAsItIsStepped(FxRobot robot) {
        present(robot, 0);
        Map<String, Rect> boxes = app.session().window().viewModel().diagram().boxes();
        int hops = walk().player().events().size();
        assertThat(hops).isGreaterThan(4);
        for (int i = 0; i < hops; i++) {
            assertReadable("hop " + i);
            Rect view = visible();
            for (Event e : walk().player().events()) {
                Rect box = boxes.get(e.component());
                if (box != null) {
                    assertThat(view.contains(box))
                            .as("hop %d: %s %s inside %s", i, e.component(), box, view)
                            .isTrue();
                }
            }
            if (i == 3) {
                shot(robot, "fit-flow-hop-3");
            }
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        shot(robot, "fit-flow-end");
    }

    @Test
    void aFlowWiderThanTheScreenAtReadableSizeIsFollowedHopByHop(FxRobot robot) {
        present(robot, 1);
        Map<String, Rect> boxes = app.session().window().viewModel().diagram().boxes();
        int hops = walk().player().events().size();
        for (int i = 0; i < hops; i++) {
            assertReadable("hop " + i);
            String component = walk().player().frame().orElseThrow().highlightedComponent();
            Rect box = boxes.get(component);
            if (box != null) {
                assertThat(visible().contains(box))
                        .as("hop %d: %s %s inside %s", i, component, box, visible())
                        .isTrue();
            }
            if (i == hops / 2) {
                shot(robot, "followed-flow-middle");
            }
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theStripShowsTheFlowsTitleAndTheStepAndItsButtonsAndKeysDriveThePlayer(FxRobot robot) {
        present(robot, 0);
        int hops = walk().player().events().size();
        Label title = robot.lookup("#presentation-title").queryAs(Label.class);
        Label step = robot.lookup("#presentation-step").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("App instance to S3 through the gateway endpoint");
        assertThat(step.getText()).isEqualTo("Step 1 of " + hops);
        robot.clickOn("#presentation-next");
        assertThat(step.getText()).isEqualTo("Step 2 of " + hops);
        robot.type(KeyCode.RIGHT);
        assertThat(step.getText()).isEqualTo("Step 3 of " + hops);
        robot.clickOn("#presentation-back");
        assertThat(walk().player().hopIndex()).isEqualTo(1);
        robot.clickOn("#presentation-play");
        assertThat(walk().player().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(walk().player().isPlaying()).isFalse();
        // Up or Down picks the next flow: the title follows.
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText())
                .isEqualTo("App instance to the provider's service through PrivateLink");
        assertThat(title.isVisible() && title.getWidth() > 0).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#presentation-bar").tryQuery()).isEmpty();
    }

    /**
     * The controls a person sees on screen that are not part of what presentation mode shows: the
     * strip, the card, the verdict and the quiz's question and score.
     */
    private static java.util.List<String> shownOutsideThePresentation(javafx.scene.Scene scene) {
        java.util.Set<String> allowed =
                java.util.Set.of(
                        "presentation-bar",
                        "walk-card",
                        "walk-verdict",
                        "quiz-box",
                        "quiz-score",
                        "script-caption");
        java.util.List<String> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : scene.getRoot().lookupAll("*")) {
            if (!(n instanceof javafx.scene.control.Labeled l) || !shown(n)) {
                continue;
            }
            boolean inside = false;
            for (javafx.scene.Node p = n; p != null && !inside; p = p.getParent()) {
                inside = p.getId() != null && allowed.contains(p.getId());
            }
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            boolean onScreen =
                    b.getWidth() > 0
                            && b.getHeight() > 0
                            && b.intersects(0, 0, scene.getWidth(), scene.getHeight());
            if (!inside && onScreen) {
                out.add(n.getClass().getSimpleName() + " '" + l.getText() + "' #" + n.getId());
            }
        }
        return out;
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void onlyTheDiagramTheCardAndTheStripAreOnScreenWithTheQuizOnOrOff(FxRobot robot) {
        present(robot, 0);
        javafx.scene.Scene scene = app.session().window().canvas().getScene();
        assertThat(shownOutsideThePresentation(scene)).as("on screen, quiz off").isEmpty();
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(
                        dev.vpclab.app.classroom.Classroom.of(app.session().window())
                                .orElseThrow()
                                .quizOnProperty()
                                .get())
                .as("Q turns the quiz on")
                .isTrue();
        shot(robot, "quiz-on");
        javafx.scene.Parent box = (javafx.scene.Parent) scene.lookup("#quiz-box");
        // Right until the packet stops before a decision and the question shows.
        for (int i = 0; i < walk().player().events().size() && !box.isVisible(); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(box.isVisible()).as("the question shows").isTrue();
        assertThat(shownOutsideThePresentation(scene)).as("on screen, a question asked").isEmpty();
        for (javafx.scene.Node n : box.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.Labeled l && n.isVisible() && n.isManaged()) {
                assertThat(l.getText())
                        .as("a line of the question box (%s)", n.getId())
                        .isNotBlank();
            }
        }
        assertThat(shownOutsideThePresentation(scene)).as("on screen, quiz on").isEmpty();
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownOutsideThePresentation(scene)).as("on screen, quiz off again").isEmpty();
    }
}
