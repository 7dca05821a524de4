package dev.vpclab.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dialogs on a real desktop: under openbox a dialog that is too big, placed off screen, or that
 * resizes its owner shows as such, which Monocle (no window manager) cannot show.
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopDialogsUiTest {
    private final DesktopWindow app = new DesktopWindow("en");

    @Start
    void start(Stage stage) {
        app.open(stage);
    }

    @AfterEach
    void leave(FxRobot robot) throws Exception {
        Desktop.closeOthers(robot, app.stage);
        app.forget();
    }

    /** Opens one dialog, checks where it lies and that the main window stayed; returns faults. */
    private List<String> check(FxRobot robot, String name, Runnable open) throws Exception {
        Desktop.settle();
        double[] before = Desktop.bounds(app.stage);
        boolean maximised = app.stage.isMaximized();
        open.run();
        Stage dialog = Desktop.waitForDialog(app.stage, name);
        DesktopShots.screen("dialog-" + name);
        List<String> faults = new ArrayList<>();
        Rectangle2D screen = Desktop.screen();
        double[] d = Desktop.bounds(dialog);
        if (!screen.contains(d[0], d[1], d[2], d[3])) {
            faults.add(name + " lies outside the screen " + screen + ": " + Arrays.toString(d));
        }
        double shown = dialog.getScene().getWidth();
        double shownHeight = dialog.getScene().getHeight();
        double[] content = Desktop.contentNeeds(dialog, shown);
        if (shown + 1 < content[0] || shownHeight + 1 < content[1]) {
            faults.add(
                    name
                            + " cuts its content: "
                            + Math.round(shown)
                            + "x"
                            + Math.round(shownHeight)
                            + " shown, it needs "
                            + Math.round(content[0])
                            + "x"
                            + Math.round(content[1]));
        }
        double[] after = Desktop.bounds(app.stage);
        if (!Arrays.equals(before, after) || maximised != app.stage.isMaximized()) {
            faults.add(
                    name
                            + " moved or resized the main window: "
                            + Arrays.toString(before)
                            + (maximised ? " maximised" : "")
                            + " -> "
                            + Arrays.toString(after)
                            + (app.stage.isMaximized() ? " maximised" : ""));
        }
        Desktop.closeOthers(robot, app.stage);
        return faults;
    }

    @Test
    void dialogsOpenInsideTheScreenAndLeaveTheMainWindowAsItWas(FxRobot robot) throws Exception {
        Desktop.settle();
        DesktopShots.screen("main-window");
        assertThat(app.stage.isMaximized()).as("the main window is maximised").isTrue();
        List<String> faults = new ArrayList<>();
        faults.addAll(
                check(robot, "export", () -> Desktop.openMenu(robot, "menu-file", "menu-export")));
        faults.addAll(check(robot, "new-flow", () -> robot.clickOn("#flow-new")));
        faults.addAll(
                check(
                        robot,
                        "challenges",
                        () -> Desktop.openMenu(robot, "menu-study", "menu-challenges")));
        faults.addAll(
                check(
                        robot,
                        "comparison",
                        () -> Desktop.openMenu(robot, "menu-study", "menu-comparison")));
        assertThat(faults).as("dialogs as openbox places them").isEmpty();
    }

    @Test
    void theComparisonCardShowsEveryRowItsCostRowToo(FxRobot robot) throws Exception {
        Desktop.settle();
        // As on a first start: the window at its first size, not maximised.
        robot.interact(() -> app.stage.setMaximized(false));
        Desktop.settle();
        robot.interact(
                () -> {
                    app.stage.setWidth(1630);
                    app.stage.setHeight(893);
                    app.stage.setX(145);
                    app.stage.setY(93);
                });
        Desktop.settle();
        Desktop.openMenu(robot, "menu-study", "menu-comparison");
        Stage card = Desktop.waitForDialog(app.stage, "comparison");
        DesktopShots.screen("comparison-card");
        javafx.scene.Parent root = card.getScene().getRoot();
        List<String> faults = new ArrayList<>();
        javafx.scene.Node grid = root.lookup("#comparison-card");
        for (javafx.scene.Node n : Desktop.allNodes((javafx.scene.Parent) grid)) {
            if (!(n instanceof javafx.scene.control.Label l) || l.getText().isEmpty()) {
                continue;
            }
            javafx.geometry.Bounds b = l.localToScene(l.getLayoutBounds());
            if (b.getMinX() < 0
                    || b.getMinY() < 0
                    || b.getMaxX() > card.getScene().getWidth() + 1
                    || b.getMaxY() > card.getScene().getHeight() + 1) {
                faults.add("'" + l.getText() + "' lies outside the window " + b);
            }
        }
        faults.addAll(dev.vpclab.app.LayoutChecks.truncatedLabels((javafx.scene.Parent) grid));
        assertThat(faults).as("cells of the comparison card a person cannot see").isEmpty();
    }
}
