package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on first start takes 85 % of the screen, centred, with a problems pane of a fixed
 * modest height; size, dividers and zoom come back on the next run.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {
    @TempDir static Path home;
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/uitest/" + UUID.randomUUID());
    private VpcLabApp.Session session;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        WindowPlacement.restore(stage, prefs);
        session = VpcLabApp.open(stage, prefs, home, new DiskLabFiles(), Background.immediate());
        stage.show();
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void firstStartTakesMostOfTheScreenCentredWithASmallProblemsPane(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(main.getWidth()).isCloseTo(screen.getWidth() * 0.85, within(2.0));
        assertThat(main.getHeight()).isCloseTo(screen.getHeight() * 0.85, within(2.0));
        double centreX = main.getX() + main.getWidth() / 2;
        double centreY = main.getY() + main.getHeight() / 2;
        assertThat(centreX).isCloseTo(screen.getMinX() + screen.getWidth() / 2, within(2.0));
        assertThat(centreY).isCloseTo(screen.getMinY() + screen.getHeight() / 2, within(2.0));

        Node problems = session.window().verticalSplit().getItems().get(1);
        double h = problems.getBoundsInParent().getHeight();
        assertThat(h).isBetween(100.0, WindowPlacement.PROBLEMS_HEIGHT + 10);
        assertThat(h).isLessThan(main.getHeight() * 0.25);
    }

    @Test
    void sizeDividersAndZoomComeBackOnTheNextRun(FxRobot robot) {
        robot.interact(
                () -> {
                    main.setWidth(1000);
                    main.setHeight(700);
                    session.window().centreSplit().setDividerPositions(0.2, 0.7);
                    session.window().verticalSplit().setDividerPositions(0.6);
                    session.window().canvas().zoomActual();
                    session.window().canvas().zoomBy(1.5);
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(session::rememberPlacement);
        // The dividers as the layout left them (a pane's minimum width may move one a little).
        double[] centre = session.window().centreSplit().getDividerPositions();
        double vertical = session.window().verticalSplit().getDividerPositions()[0];

        Stage[] next = new Stage[1];
        VpcLabApp.Session[] again = new VpcLabApp.Session[1];
        robot.interact(
                () -> {
                    next[0] = new Stage();
                    WindowPlacement.restore(next[0], prefs);
                    again[0] =
                            VpcLabApp.open(
                                    next[0],
                                    prefs,
                                    home,
                                    new DiskLabFiles(),
                                    Background.immediate());
                    next[0].show();
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(again[0]::fitOrRestoreZoom);
        try {
            assertThat(next[0].getWidth()).isCloseTo(1000, within(1.0));
            assertThat(next[0].getHeight()).isCloseTo(700, within(1.0));
            assertThat(again[0].window().centreSplit().getDividerPositions()[0])
                    .isCloseTo(centre[0], within(0.01));
            assertThat(again[0].window().centreSplit().getDividerPositions()[1])
                    .isCloseTo(centre[1], within(0.01));
            assertThat(again[0].window().verticalSplit().getDividerPositions()[0])
                    .isCloseTo(vertical, within(0.01));
            assertThat(again[0].window().canvas().viewport().scale()).isCloseTo(1.5, within(0.01));
        } finally {
            robot.interact(next[0]::close);
        }
    }

    @Test
    void firstStartBoundsAreCentredOnAnyScreen() {
        Rectangle2D b = WindowPlacement.firstStart(new Rectangle2D(0, 30, 1920, 1050));
        assertThat(b).isEqualTo(new Rectangle2D(144, 30 + 78.5, 1632, 893));
        assertThat(WindowPlacement.problemsDivider(900)).isCloseTo(1 - 150.0 / 900, within(1e-9));
    }
}
