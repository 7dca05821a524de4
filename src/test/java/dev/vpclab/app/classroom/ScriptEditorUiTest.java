package dev.vpclab.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.app.walk.WalkDock;
import dev.vpclab.classroom.Script;
import dev.vpclab.model.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View > Teacher's Script: a script written in the app, with the mouse, played with N. */
class ScriptEditorUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().releasingInputAfterEach();

    private static final String S3 = "App instance to S3 through the gateway endpoint";
    private static final String LINK = "App instance to the provider's service through PrivateLink";

    private Lab lab() {
        return app.session().window().viewModel().lab();
    }

    private List<Script.Step> steps() {
        return Script.of(lab()).map(Script::steps).orElse(List.of());
    }

    private WalkDock walk() {
        return app.session().window().walk();
    }

    private Optional<Window> editorWindow() {
        return Window.getWindows().stream()
                .filter(w -> w != app.stage() && w.isShowing() && w instanceof Stage)
                .filter(w -> w.getScene().getRoot().getId().equals("script-editor"))
                .findFirst();
    }

    /** The rows of the list, as they read. */
    private List<String> rows(FxRobot robot) {
        return robot
                .lookup(".list-cell")
                .match(n -> n.getId() != null && n.getId().startsWith("script-step-"))
                .queryAllAs(ListCell.class)
                .stream()
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText)
                .map(String::valueOf)
                .toList();
    }

    private void openEditor(FxRobot robot) throws Exception {
        robot.clickOn("#menu-view").clickOn("#menu-script");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editorWindow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aScriptWrittenWithTheMouseIsUndoneSavedReopenedAndPlayedWithN(FxRobot robot)
            throws Exception {
        assertThat(steps()).isEmpty();
        openEditor(robot);
        Window editor = editorWindow().orElseThrow();
        // Sized to its content, centred on the main window, inside the screen.
        assertThat(
                        Math.abs(
                                editor.getX()
                                        + editor.getWidth() / 2
                                        - (app.stage().getX() + app.stage().getWidth() / 2)))
                .isLessThan(60);

        // A say step, its English caption typed at the field.
        robot.clickOn("#script-add-say");
        assertThat(steps()).containsExactly(new Script.Say(Map.of("en", "New caption")));
        robot.doubleClickOn("#script-say-en").push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("Watch the PrivateLink flow.").type(KeyCode.ENTER);
        assertThat(steps())
                .containsExactly(new Script.Say(Map.of("en", "Watch the PrivateLink flow.")));

        // A show step after it; a flow the lab does not have is refused at the field, with why.
        robot.clickOn("#script-add-show");
        assertThat(steps()).element(1).isEqualTo(new Script.Show(S3));
        robot.clickOn("#script-flow").push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("No such flow").type(KeyCode.ENTER);
        Label error = robot.lookup("#script-error-flow").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The lab has no flow named \"No such flow\".");
        assertThat(steps()).element(1).isEqualTo(new Script.Show(S3));
        robot.clickOn("#script-flow .arrow-button");
        // The flow in the combo box's list (the main window's flow list has the same name).
        Node choice =
                robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> LINK.equals(c.getText()))
                        .findFirst()
                        .orElseThrow();
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps()).element(1).isEqualTo(new Script.Show(LINK));
        assertThat(error.isVisible()).isFalse();
        assertThat(rows(robot))
                .containsExactly("1. Say: Watch the PrivateLink flow.", "2. Show: " + LINK);

        // Dragged to the top: the show step plays first.
        Bounds top =
                robot.lookup("#script-step-0")
                        .query()
                        .localToScreen(robot.lookup("#script-step-0").query().getLayoutBounds());
        robot.drag("#script-step-1")
                .moveTo(new javafx.geometry.Point2D(top.getCenterX(), top.getMinY() + 6))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps())
                .containsExactly(
                        new Script.Show(LINK),
                        new Script.Say(Map.of("en", "Watch the PrivateLink flow.")));
        assertThat(rows(robot))
                .containsExactly("1. Show: " + LINK, "2. Say: Watch the PrivateLink flow.");

        // One undo entry for the drag: Ctrl+Z in the editor puts the order back, Redo again.
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(steps()).element(0).isInstanceOf(Script.Say.class);
        assertThat(rows(robot).get(0)).isEqualTo("1. Say: Watch the PrivateLink flow.");
        assertThat(app.session().window().viewModel().undoTextProperty().get())
                .contains("Change Script Step");
        robot.clickOn("#script-redo");
        assertThat(steps()).element(0).isEqualTo(new Script.Show(LINK));

        // Move buttons too: down and back up.
        robot.clickOn("#script-step-0").clickOn("#script-down");
        assertThat(steps()).element(1).isEqualTo(new Script.Show(LINK));
        robot.clickOn("#script-up");
        assertThat(steps()).element(0).isEqualTo(new Script.Show(LINK));

        // Saved and reopened: the same steps.
        List<Script.Step> written = steps();
        Path file = app.home().resolve("scripted-" + UUID.randomUUID() + ".yaml");
        robot.interact(() -> app.session().document().saveAs(file, () -> {}));
        assertThat(Files.readString(file)).contains("script:");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorWindow()).isEmpty();
        robot.interact(() -> app.session().document().newLab());
        assertThat(steps()).isEmpty();
        robot.interact(() -> app.session().window().openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps()).isEqualTo(written);
        openEditor(robot);
        assertThat(rows(robot))
                .containsExactly("1. Show: " + LINK, "2. Say: Watch the PrivateLink flow.");
        robot.type(KeyCode.ESCAPE);

        // N in presentation mode plays the new first step: the PrivateLink flow.
        robot.interact(
                () -> {
                    walk().flows().select(0);
                    walk().presentation().enter();
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().flows().selectedProperty().get()).isEqualTo(1);
        assertThat(walk().player().isPlaying()).isTrue();
        robot.type(KeyCode.N);
        assertThat(Classroom.of(app.session().window()).orElseThrow().caption())
                .isEqualTo("Watch the PrivateLink flow.");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anEditStepIsAddedAndTryItPlaysFromTheSelectedStep(FxRobot robot) throws Exception {
        Path file = app.home().resolve("try-" + UUID.randomUUID() + ".yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("assets/labs/default.yaml"))
                        + "\nscript:\n- say: Watch.\n- show: "
                        + "App instance to the provider's service through PrivateLink\n");
        robot.interact(() -> app.session().window().openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        openEditor(robot);
        robot.clickOn("#script-step-1").clickOn("#script-add-edit");
        // The first change the lab allows: the S3 route of rt-app (the local route cannot go).
        assertThat(steps())
                .element(2)
                .isEqualTo(
                        new Script.Edit(
                                "deleteRoute",
                                Map.of("routeTable", "rt-app", "destination", "pl-s3-use1")));
        assertThat(rows(robot).get(2)).isEqualTo("3. Edit: Delete a route (rt-app, pl-s3-use1)");

        robot.clickOn("#script-step-1").clickOn("#script-try");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().presentation().isActive()).isTrue();
        assertThat(editorWindow()).isEmpty();
        assertThat(walk().flows().selectedProperty().get()).isEqualTo(1);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(
                        lab().component("rt-app", dev.vpclab.model.RouteTable.class)
                                .orElseThrow()
                                .routes())
                .noneMatch(r -> r.toString().contains("pl-s3"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editorWindow().isPresent());
        assertThat(walk().presentation().isActive()).isFalse();
    }
}
