package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window and dialog the app opens, in Korean: the main window's stylesheets, the font that
 * has Hangul on every label, buttons in Korean, inside the screen, Esc closes it, and the main
 * window neither moves nor changes size.
 */
class WindowsUiTest {
    @RegisterExtension
    static final LabWindow app =
            LabWindow.onDefaultLab()
                    .preferencesForTheClass()
                    .withPreference("language", "ko")
                    .beforeOpening(
                            (stage, prefs) -> {
                                stage.setX(60);
                                stage.setY(40);
                            });

    private Bounds mainBounds() {
        return new BoundingBox(
                app.stage().getX(),
                app.stage().getY(),
                app.stage().getWidth(),
                app.stage().getHeight());
    }

    private Optional<Window> other() {
        return Window.getWindows().stream()
                .filter(w -> w != app.stage() && w.isShowing() && w instanceof Stage)
                .findFirst();
    }

    /** Opens a window with the gesture, checks it, closes it with Esc. */
    private void check(FxRobot robot, Runnable gesture) throws Exception {
        assertThat(app.session().viewModel().text().locale()).isEqualTo(Locale.KOREAN);
        Bounds before = mainBounds();
        gesture.run();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window w = other().orElseThrow();

        assertThat(w.getScene().getStylesheets())
                .isNotEmpty()
                .isEqualTo(app.stage().getScene().getStylesheets());
        String hangul = Fonts.hangulFamily().orElseThrow();
        List<Labeled> labels = new java.util.ArrayList<>();
        collect(w.getScene().getRoot(), labels);
        assertThat(labels).isNotEmpty();
        assertThat(labels).allSatisfy(l -> assertThat(l.getFont().getFamily()).isEqualTo(hangul));
        assertThat(labels)
                .extracting(Labeled::getText)
                .doesNotContain("OK", "Cancel", "Yes", "No", "Close");
        // The title bar too speaks Korean (JavaFX titles an alert "Confirmation" or "Error").
        assertThat(((Stage) w).getTitle()).as("window title").containsPattern("[가-힣]");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(w.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(w.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getX() + w.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(w.getY() + w.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        // Centred on the main window (within a few pixels of rounding).
        assertThat(w.getX() + w.getWidth() / 2)
                .isCloseTo(
                        app.stage().getX() + app.stage().getWidth() / 2,
                        org.assertj.core.data.Offset.offset(30.0));
        assertThat(mainBounds()).isEqualTo(before);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !w.isShowing());
        assertThat(mainBounds()).isEqualTo(before);
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private Runnable later(Runnable action) {
        return () -> Platform.runLater(action);
    }

    @Test
    void exportDialog(FxRobot robot) throws Exception {
        check(robot, () -> robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL));
    }

    @Test
    void exportDialogClosesWithItsCloseButton(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        Window w = other().orElseThrow();
        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !w.isShowing());
    }

    @Test
    void challengeBrowser(FxRobot robot) throws Exception {
        check(robot, () -> robot.clickOn("#menu-study").clickOn("#menu-challenges"));
    }

    @Test
    void comparisonCard(FxRobot robot) throws Exception {
        check(robot, () -> robot.clickOn("#menu-study").clickOn("#menu-comparison"));
    }

    @Test
    void aboutDialog(FxRobot robot) throws Exception {
        check(robot, () -> robot.clickOn("#menu-help").clickOn("#menu-about"));
    }

    @Test
    void newFlowDialog(FxRobot robot) throws Exception {
        check(robot, () -> robot.clickOn("#flow-new"));
    }

    @Test
    void deleteConfirmation(FxRobot robot) throws Exception {
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .select(dev.vpclab.edit.Selection.of("vpc-consumer")));
        check(robot, later(() -> app.session().window().deleteSelection()));
        assertThat(app.session().viewModel().lab().components()).isNotEmpty();
    }

    @Test
    void discardConfirmation(FxRobot robot) throws Exception {
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .drop(
                                        dev.vpclab.model.ComponentKind.VPC,
                                        new dev.vpclab.edit.Point(2400, 2400)));
        check(robot, later(() -> app.session().window().newLab()));
        assertThat(app.session().viewModel().isDirty()).isTrue();
    }

    @Test
    void brokenFileAlert(FxRobot robot) throws Exception {
        Path bad = Files.writeString(app.home().resolve("broken.yaml"), "this: [is not a lab");
        check(robot, later(() -> app.session().window().openFile(bad)));
    }

    /**
     * A dialog blocks the main window as a modal one would (JavaFX's modality itself is not used:
     * see OwnerBlock): a click on the main window's menu opens nothing until the dialog closes.
     */
    @Test
    void anOpenDialogKeepsClicksAwayFromTheMainWindow(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        Window dialog = other().orElseThrow();
        Node help = robot.lookup("#menu-help").query();
        Bounds onScreen = help.localToScreen(help.getBoundsInLocal());
        assertThat(dialog.getY()).isGreaterThan(onScreen.getMaxY()); // the click lands on main

        robot.clickOn(help);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#menu-about").tryQuery()).isEmpty();
        assertThat(dialog.isShowing()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        robot.clickOn(help);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#menu-about").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }
}
