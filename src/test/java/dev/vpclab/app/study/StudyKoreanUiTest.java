package dev.vpclab.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A Korean-reading learner opens a challenge: its title and story read in Korean everywhere. */
class StudyKoreanUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().withPreference("language", "ko");

    private static final String FIRST = "01-s3-gateway-endpoint";
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private ChallengeViewModel challenges() {
        return StudyMenu.challenges(app.session().window());
    }

    private void openFirst(FxRobot robot) throws Exception {
        javafx.scene.control.MenuBar bar =
                robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        String study =
                bar.getMenus().stream()
                        .filter(m -> "menu-study".equals(m.getId()))
                        .findFirst()
                        .orElseThrow()
                        .getText();
        robot.clickOn(study).clickOn("#menu-challenges");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () ->
                        StudyMenu.browser(app.session().window())
                                .map(b -> !b.entries().isEmpty())
                                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#challenge-row-" + FIRST).clickOn("#challenge-open");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStartingLabIsTitledAndToldInKorean(FxRobot robot) throws Exception {
        openFirst(robot);
        ChallengeEntry entry = challenges().active().orElseThrow();
        String title = entry.challenge().title().ko();
        String story = entry.challenge().story().ko();

        Stage main = (Stage) app.session().window().canvas().getScene().getWindow();
        assertThat(main.getTitle()).as("the window title").startsWith(title);
        assertThat(robot.lookup("#field-title").queryAs(TextInputControl.class).getText())
                .as("the lab's title in the inspector")
                .isEqualTo(title);
        assertThat(robot.lookup("#field-description").queryAs(TextInputControl.class).getText())
                .as("the lab's description in the inspector: the story")
                .isEqualTo(story);
        assertThat(app.session().viewModel().lab().flows())
                .extracting(f -> f.name().orElse(""))
                .as("the saved flows, named in Korean")
                .containsExactly(entry.challenge().flowNames().get(0).ko());
        // Opening the challenge is not an edit: nothing to save yet.
        assertThat(app.session().viewModel().isDirty()).isFalse();
    }

    /** The starting lab is fitted to the canvas left beside the challenge pane, not cut. */
    @Test
    void theStartingLabIsWholeInViewBesideTheChallengePane(FxRobot robot) throws Exception {
        openFirst(robot);
        WaitForAsyncUtils.waitForFxEvents();
        dev.vpclab.app.CanvasView canvas = app.session().window().canvas();
        javafx.scene.Node diagram = robot.lookup("#diagram").query();
        dev.vpclab.edit.Rect visible =
                canvas.viewport()
                        .visible(
                                diagram.getLayoutBounds().getWidth(),
                                diagram.getLayoutBounds().getHeight());
        dev.vpclab.edit.Rect lab =
                app.session().window().viewModel().diagram().bounds().orElseThrow();
        assertThat(visible.contains(lab))
                .as("the lab %s inside the view %s", lab, visible)
                .isTrue();
    }

    @Test
    void everyGradingTextReadsInKoreanWithoutPlaceholders(FxRobot robot) throws Exception {
        openFirst(robot);
        robot.clickOn("#challenge-check");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> challenges().state() != ChallengeViewModel.State.CHECKING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(challenges().results()).isNotEmpty();
        for (ChallengeViewModel.ResultRow row : challenges().results()) {
            assertThat(row.condition()).containsPattern(HANGUL);
            assertThat(row.why())
                    .as("why, for '%s'", row.condition())
                    .containsPattern(HANGUL)
                    .doesNotContain("(-)")
                    .doesNotContain("null");
        }
        assertThat(robot.lookup("#challenge-summary").queryAs(Label.class).getText())
                .containsPattern(HANGUL);
    }
}
