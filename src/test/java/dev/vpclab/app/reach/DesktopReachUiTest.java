package dev.vpclab.app.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.Background;
import dev.vpclab.app.DiskLabFiles;
import dev.vpclab.app.VpcLabApp;
import dev.vpclab.reach.AxisSlots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on a Reachability cell plays the flow in the main window, and on a real desktop the main
 * window comes in front of the matrix to show it. Only a window manager can show this: it keeps an
 * owned window above its owner whatever the app asks (the walk played hidden behind the matrix).
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopReachUiTest {
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/desktoptest/" + UUID.randomUUID());
    private Stage stage;
    private VpcLabApp.Session session;

    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        prefs.put("language", "en");
        session =
                VpcLabApp.open(
                        primary,
                        prefs,
                        Files.createTempDirectory("vpclab-desktop"),
                        new DiskLabFiles(),
                        Background.immediate());
        primary.show();
        primary.setMaximized(true);
    }

    @AfterEach
    void leave(FxRobot robot) throws Exception {
        robot.interact(
                () ->
                        ReachMenu.stage(session.window())
                                .filter(Stage::isShowing)
                                .ifPresent(Stage::close));
        prefs.removeNode();
    }

    /** The titles of the X windows from bottom to top, as the window manager stacks them. */
    private static List<String> stacking() throws Exception {
        String out = run("xprop", "-root", "_NET_CLIENT_LIST_STACKING");
        List<String> titles = new ArrayList<>();
        for (String part : out.substring(out.indexOf('#') + 1).split(",")) {
            if (!part.isBlank()) {
                String id = Long.decode(part.strip()).toString();
                titles.add(run("xdotool", "getwindowname", id).strip());
            }
        }
        return titles;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** A screenshot among the desktop run's others (target/desktop-shots), to look at. */
    private static void screenshot(String name) throws Exception {
        java.nio.file.Path folder =
                java.nio.file.Path.of(System.getProperty("desktop.shots", "target/desktop-shots"));
        Files.createDirectories(folder);
        new ProcessBuilder("import", "-window", "root", folder.resolve(name + ".png").toString())
                .start()
                .waitFor(20, TimeUnit.SECONDS);
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickedCellBringsTheMainWindowInFrontWhileItsWalkPlays(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#canvas")
                .press(KeyCode.CONTROL, KeyCode.R)
                .release(KeyCode.R, KeyCode.CONTROL);
        ReachViewModel vm = ReachMenu.viewModel(session.window());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.state() == ReachViewModel.State.DONE);
        settle();
        Stage reach = ReachMenu.stage(session.window()).orElseThrow();
        String main = stage.getTitle();
        String matrix = reach.getTitle();
        assertThat(stacking()).contains(main, matrix);
        assertThat(stacking().indexOf(matrix))
                .as("the matrix opens in front of the main window")
                .isGreaterThan(stacking().indexOf(main));

        HeatmapCanvas map = ReachMenu.heatmap(session.window()).orElseThrow();
        AxisSlots rows = vm.rows().orElseThrow();
        AxisSlots columns = vm.columns().orElseThrow();
        int r = rows.slotOf(rows.axis().members().indexOf("i-app"));
        int c = columns.slotOf(columns.axis().members().indexOf("s3-use1"));
        Point2D cell =
                WaitForAsyncUtils.asyncFx(() -> map.localToScreen(map.cellCentre(r, c))).get();
        robot.clickOn(cell);
        settle();
        screenshot("reach-cell-played");
        assertThat(session.window().walk().player().walk()).as("the walk of the cell").isPresent();
        assertThat(stacking().indexOf(main))
                .as("the main window, where the walk plays, in front of the matrix")
                .isGreaterThan(stacking().indexOf(matrix));
        assertThat(reach.isShowing()).as("the matrix stays open behind").isTrue();
    }
}
