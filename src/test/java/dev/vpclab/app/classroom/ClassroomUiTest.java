package dev.vpclab.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.Background;
import dev.vpclab.app.DiskLabFiles;
import dev.vpclab.app.VpcLabApp;
import dev.vpclab.app.walk.WalkDock;
import dev.vpclab.classroom.Quiz;
import dev.vpclab.model.RouteTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quiz, teacher's script and laser pointer in presentation mode, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ClassroomUiTest {
    @TempDir static Path home;
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/uitest/" + UUID.randomUUID());
    private VpcLabApp.Session session;

    @Start
    void start(Stage stage) {
        session = VpcLabApp.open(stage, prefs, home, new DiskLabFiles(), Background.immediate());
        stage.show();
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private WalkDock walk() {
        return session.window().walk();
    }

    private Classroom classroom() {
        return Classroom.of(session.window()).orElseThrow();
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

    @Test
    void nPlaysTheTeachersScriptStepByStep(FxRobot robot) throws Exception {
        Path file = home.resolve("scripted-" + UUID.randomUUID() + ".yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("assets/labs/default.yaml"))
                        + "\nscript:\n"
                        + "- say: {en: \"Watch the S3 flow.\", ko: \"S3 흐름을 보세요.\"}\n"
                        + "- show: App instance to the provider's service through PrivateLink\n"
                        + "- edit: deleteRoute\n"
                        + "  routeTable: rt-app\n"
                        + "  destination: pl-s3-use1\n");
        robot.interact(() -> session.window().openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        present(robot, 0);

        robot.type(KeyCode.N);
        assertThat(classroom().caption()).isEqualTo("Watch the S3 flow.");
        robot.type(KeyCode.N);
        assertThat(walk().flows().selectedProperty().get()).isEqualTo(1);
        assertThat(walk().player().isPlaying()).isTrue();
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.window().viewModel().lab().component("rt-app", RouteTable.class))
                .get()
                .extracting(t -> t.routes().stream().anyMatch(r -> r.toString().contains("pl-s3")))
                .isEqualTo(false);
        assertThat(session.window().viewModel().canUndoProperty().get()).isTrue();
        robot.type(KeyCode.N);
        assertThat(classroom().caption()).startsWith("End of the script");
    }

    @Test
    void holdingLShowsTheLaserFollowingTheMouse(FxRobot robot) {
        present(robot, 0);
        Point2D centre = session.window().canvas().localToScreen(300, 200);
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
