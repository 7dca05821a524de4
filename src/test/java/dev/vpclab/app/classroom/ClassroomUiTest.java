package dev.vpclab.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.app.walk.WalkDock;
import dev.vpclab.classroom.Quiz;
import dev.vpclab.model.RouteTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Quiz, teacher's script and laser pointer in presentation mode, in the real window. */
class ClassroomUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private WalkDock walk() {
        return app.session().window().walk();
    }

    private Classroom classroom() {
        return Classroom.of(app.session().window()).orElseThrow();
    }

    private void present(FxRobot robot, int flow) {
        robot.interact(
                () -> {
                    walk().flows().select(flow);
                    walk().presentation().enter();
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().presentation().isActive()).isTrue();
    }

    /** Steps with Right until a question waits (at most the whole walk). */
    private Quiz.Question nextQuestion(FxRobot robot) {
        for (int i = 0; i < 40; i++) {
            if (classroom().question().isPresent()
                    && robot.lookup("#quiz-choice-0").tryQuery().isPresent()
                    && !robot.lookup("#quiz-choice-0").queryButton().isDisabled()) {
                return classroom().question().get();
            }
            robot.type(KeyCode.RIGHT);
        }
        throw new AssertionError("no question came");
    }

    @Test
    void theQuizStopsThePacketBeforeEachDecisionAndKeepsTheScore(FxRobot robot) {
        present(robot, 0);
        robot.type(KeyCode.HOME).type(KeyCode.Q);
        assertThat(classroom().quizOnProperty().get()).isTrue();

        Quiz.Question first = nextQuestion(robot);
        int hopAsked = walk().player().hopIndex();
        assertThat(hopAsked).isLessThanOrEqualTo(first.hop());
        robot.type(KeyCode.RIGHT); // the packet waits for the answer
        assertThat(walk().player().hopIndex()).isEqualTo(hopAsked);
        robot.type(KeyCode.valueOf("DIGIT" + (first.answer() + 1)));
        assertThat(classroom().resultText()).isEqualTo("Right!");
        assertThat(walk().player().hopIndex()).isEqualTo(first.hop());
        assertThat(classroom().score()).isEqualTo(1);

        Quiz.Question second = nextQuestion(robot);
        assertThat(second.hop()).isGreaterThan(first.hop());
        int wrong = (second.answer() + 1) % second.choices().size();
        robot.clickOn("#quiz-choice-" + wrong);
        assertThat(classroom().resultText()).startsWith("Not quite");
        assertThat(classroom().score()).isEqualTo(1);
        assertThat(classroom().answered()).isEqualTo(2);
        assertThat(robot.lookup("#quiz-score").queryLabeled().getText()).isEqualTo("Score: 1 of 2");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().presentation().isActive()).isFalse();
    }

    /** The quiz panel (caption, question, score) on screen. */
    private javafx.geometry.Bounds quizPanel(FxRobot robot) {
        javafx.scene.Node box = robot.lookup("#quiz-box").query();
        javafx.scene.Node panel = box.getParent();
        return panel.localToScreen(panel.getLayoutBounds());
    }

    private javafx.geometry.Bounds onScreen(String component) {
        dev.vpclab.edit.Rect b =
                app.session().window().viewModel().diagram().box(component).orElseThrow();
        javafx.geometry.Point2D a =
                app.session().window().canvas().toScreen(new dev.vpclab.edit.Point(b.x(), b.y()));
        javafx.geometry.Point2D z =
                app.session()
                        .window()
                        .canvas()
                        .toScreen(new dev.vpclab.edit.Point(b.maxX(), b.maxY()));
        return new javafx.geometry.BoundingBox(
                a.getX(), a.getY(), z.getX() - a.getX(), z.getY() - a.getY());
    }

    private void assertQuizClear(FxRobot robot, Quiz.Question q, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds panel = quizPanel(robot);
        javafx.geometry.Point2D packet =
                app.session()
                        .window()
                        .canvas()
                        .toScreen(walk().player().frame().orElseThrow().packetPosition());
        assertThat(panel.contains(packet)).as(when + ": packet under the panel").isFalse();
        assertThat(panel.intersects(onScreen(q.component())))
                .as(when + ": " + q.component() + " under the panel " + panel)
                .isFalse();
        robot.lookup("#walk-card")
                .match(javafx.scene.Node::isVisible)
                .tryQuery()
                .ifPresent(
                        card ->
                                assertThat(
                                                panel.intersects(
                                                        card.localToScreen(card.getLayoutBounds())))
                                        .as(when + ": card and quiz overlap")
                                        .isFalse());
        // The quiz layer is above the packet layer: its highlight cannot paint over the question.
        javafx.scene.Node layer = robot.lookup("#classroom-layer").query();
        javafx.scene.Node packetLayer = robot.lookup("#walk-overlay").query();
        assertThat(layer.getParent().getChildrenUnmodifiable().indexOf(layer))
                .isGreaterThan(layer.getParent().getChildrenUnmodifiable().indexOf(packetLayer));
    }

    @Test
    void theQuizNeverDrawsOverItselfAndEndsWithTheScoreAndTheVerdict(FxRobot robot) {
        present(robot, 0);
        robot.type(KeyCode.HOME).type(KeyCode.Q);
        int answered = 0;
        for (int i = 0;
                i < 60 && walk().player().hopIndex() < walk().player().events().size() - 1;
                i++) {
            if (classroom().question().isPresent()
                    && robot.lookup("#quiz-choice-0").tryQuery().isPresent()
                    && !robot.lookup("#quiz-choice-0").queryButton().isDisabled()) {
                Quiz.Question q = classroom().question().get();
                assertQuizClear(robot, q, "asked at hop " + q.hop());
                robot.clickOn("#quiz-choice-" + q.answer());
                answered++;
                assertQuizClear(robot, q, "answered at hop " + q.hop());
            } else {
                robot.type(KeyCode.RIGHT);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answered).isGreaterThan(1);
        assertThat(robot.lookup("#quiz-summary").queryLabeled().getText())
                .isEqualTo(
                        "Quiz over: "
                                + answered
                                + " of "
                                + answered
                                + " answers right.\n"
                                + "REACHABLE: the packet arrives and the answer comes back.");
        // The summary is in the panel, which stays clear of the card at the last hop.
        assertThat(
                        robot.lookup("#walk-card")
                                .match(javafx.scene.Node::isVisible)
                                .tryQuery()
                                .map(c -> c.localToScreen(c.getLayoutBounds()))
                                .map(quizPanel(robot)::intersects))
                .isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void nPlaysTheTeachersScriptStepByStep(FxRobot robot) throws Exception {
        Path file = app.home().resolve("scripted-" + UUID.randomUUID() + ".yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("assets/labs/default.yaml"))
                        + "\nscript:\n"
                        + "- say: {en: \"Watch the S3 flow.\", ko: \"S3 흐름을 보세요.\"}\n"
                        + "- show: App instance to the provider's service through PrivateLink\n"
                        + "- edit: deleteRoute\n"
                        + "  routeTable: rt-app\n"
                        + "  destination: pl-s3-use1\n");
        robot.interact(() -> app.session().window().openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        present(robot, 0);

        robot.type(KeyCode.N);
        assertThat(classroom().caption()).isEqualTo("Watch the S3 flow.");
        robot.type(KeyCode.N);
        assertThat(walk().flows().selectedProperty().get()).isEqualTo(1);
        assertThat(walk().player().isPlaying()).isTrue();
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().window().viewModel().lab().component("rt-app", RouteTable.class))
                .get()
                .extracting(t -> t.routes().stream().anyMatch(r -> r.toString().contains("pl-s3")))
                .isEqualTo(false);
        assertThat(app.session().window().viewModel().canUndoProperty().get()).isTrue();
        robot.type(KeyCode.N);
        assertThat(classroom().caption()).startsWith("End of the script");
    }

    @Test
    void holdingLShowsTheLaserFollowingTheMouse(FxRobot robot) {
        present(robot, 0);
        Point2D centre = app.session().window().canvas().localToScreen(300, 200);
        robot.moveTo(centre);
        robot.press(KeyCode.L);
        try {
            assertThat(classroom().laserOn()).isTrue();
            robot.moveBy(40, 10).moveBy(40, 10).moveBy(40, 10);
            assertThat(classroom().laserTrail()).isPositive();
        } finally {
            robot.release(KeyCode.L);
        }
        assertThat(classroom().laserOn()).isFalse();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().presentation().isActive()).isFalse();
    }
}
