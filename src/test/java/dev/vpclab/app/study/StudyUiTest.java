package dev.vpclab.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.format.LabReader;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A challenge walked in the real window: browse, open, fail, hints, fix, pass, progress. */
class StudyUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private static final String FIRST = "01-s3-gateway-endpoint";

    private ChallengeViewModel challenges() {
        return StudyMenu.challenges(app.session().window());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openBrowser(FxRobot robot) throws TimeoutException {
        robot.clickOn("Study").clickOn("#menu-challenges");
        waitUntil(
                () ->
                        StudyMenu.browser(app.session().window())
                                .map(b -> !b.entries().isEmpty())
                                .orElse(false));
    }

    @Test
    void walkAChallengeFromTheBrowserToAPassingDesign(FxRobot robot) throws Exception {
        openBrowser(robot);
        assertThat(robot.lookup("#challenge-count").queryAs(Label.class).getText())
                .isEqualTo("0 of " + shippedChallenges() + " solved");
        robot.clickOn("#challenge-row-" + FIRST).clickOn("#challenge-open");
        WaitForAsyncUtils.waitForFxEvents();

        // The starting lab is in the editor, through the normal open path: not dirty, titled.
        assertThat(app.session().viewModel().lab().extras()).containsKey("challenge");
        assertThat(app.session().viewModel().isDirty()).isFalse();
        assertThat(((Stage) app.session().window().canvas().getScene().getWindow()).getTitle())
                .startsWith("S3 from a private subnet");
        assertThat(text(robot, "#challenge-title")).isNotBlank();

        // The starting lab fails, and says why in the trace's words.
        robot.clickOn("#challenge-check");
        waitUntil(() -> challenges().state() != ChallengeViewModel.State.CHECKING);
        assertThat(challenges().state()).isEqualTo(ChallengeViewModel.State.FAILED);
        assertThat(text(robot, "#challenge-summary")).contains("not met");
        Node failed = robot.lookup(".condition-failed").query();
        assertThat(failed.isVisible()).isTrue();
        assertThat(robot.lookup("#challenge-why-0").tryQuery()).isPresent();

        // Hints, one step at a time.
        assertThat(robot.lookup("#challenge-hint-0").tryQuery()).isEmpty();
        robot.clickOn("#challenge-hint");
        assertThat(text(robot, "#challenge-hint-0")).startsWith("Nudge: ");
        robot.clickOn("#challenge-hint").clickOn("#challenge-hint");
        assertThat(text(robot, "#challenge-hint-2")).startsWith("Fix: ");

        // Apply the fix (the reference solution, as one undoable edit), then grade again.
        Lab solution =
                LabReader.read(
                                Path.of(
                                        "src/test/resources/challenges/solutions/"
                                                + FIRST
                                                + ".solution.yaml"))
                        .lab()
                        .orElseThrow();
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .apply(LabEdit.of(Message.of("edit.recover"), l -> solution)));
        robot.clickOn("#challenge-check");
        waitUntil(() -> challenges().state() != ChallengeViewModel.State.CHECKING);
        assertThat(challenges().state()).isEqualTo(ChallengeViewModel.State.PASSED);
        assertThat(text(robot, "#challenge-summary")).startsWith("Passed");
        assertThat(robot.lookup(".condition-failed").tryQuery()).isEmpty();
        assertThat(text(robot, "#challenge-explanation")).isNotBlank();
        assertThat(robot.lookup("#challenge-link-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#challenge-solved").query().isVisible()).isTrue();

        // The browser marks it solved.
        openBrowser(robot);
        assertThat(robot.lookup("#challenge-row-" + FIRST).query().getProperties())
                .containsEntry("solved", true);
        assertThat(robot.lookup("#challenge-count").queryAs(Label.class).getText())
                .isEqualTo("1 of " + shippedChallenges() + " solved");
    }

    @Test
    void aNewLabEndsTheChallengeAndItsPaneGoes(FxRobot robot) throws Exception {
        openBrowser(robot);
        robot.clickOn("#challenge-row-" + FIRST).clickOn("#challenge-open");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#challenge-check");
        waitUntil(() -> challenges().state() != ChallengeViewModel.State.CHECKING);
        assertThat(robot.lookup("#challenge-panel").tryQuery()).isPresent();
        robot.clickOn("#tool-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().viewModel().lab().components()).isEmpty();
        assertThat(challenges().active()).as("the challenge after File > New").isEmpty();
        assertThat(robot.lookup("#challenge-panel").tryQuery())
                .as("the challenge pane of the old lab")
                .isEmpty();
    }

    @Test
    void resetPutsTheStartingLabBack(FxRobot robot) throws Exception {
        openBrowser(robot);
        robot.clickOn("#challenge-row-" + FIRST).clickOn("#challenge-open");
        WaitForAsyncUtils.waitForFxEvents();
        Lab start = app.session().viewModel().lab();
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .apply(
                                        LabEdit.of(
                                                Message.of("edit.recover"),
                                                l -> Lab.empty("", "us-east-1"))));
        robot.interact(() -> app.session().viewModel().markSaved());
        robot.clickOn("#challenge-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().viewModel().lab().components()).isEqualTo(start.components());
    }

    @Test
    void theDockFollowsALanguageChangeAndKeepsTheGrade(FxRobot robot) throws Exception {
        openBrowser(robot);
        robot.clickOn("#challenge-row-" + FIRST).clickOn("#challenge-open");
        robot.clickOn("#challenge-check");
        waitUntil(() -> challenges().state() != ChallengeViewModel.State.CHECKING);
        robot.clickOn("View").clickOn("#menu-language").clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        ChallengeEntry entry = challenges().active().orElseThrow();
        assertThat(text(robot, "#challenge-title")).isEqualTo(entry.challenge().title().ko());
        assertThat(text(robot, "#challenge-summary")).contains("조건");
        assertThat(robot.lookup(".condition-failed").tryQuery()).isPresent();
        assertThat(robot.lookup("#menu-bar").tryQuery()).isPresent();
    }

    @Test
    void theComparisonCardOpensFromTheStudyMenu(FxRobot robot) {
        robot.clickOn("Study").clickOn("#menu-comparison");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparison-card").tryQuery()).isPresent();
        assertThat(text(robot, "#comparison-0-gatewayEndpoint")).isEqualTo("S3 and DynamoDB only");
    }

    /** The challenges the app ships, as its index lists them. */
    private static long shippedChallenges() throws java.io.IOException {
        return java.nio.file.Files.readAllLines(Path.of("assets/challenges/index.txt")).stream()
                .filter(l -> !l.isBlank())
                .count();
    }
}
