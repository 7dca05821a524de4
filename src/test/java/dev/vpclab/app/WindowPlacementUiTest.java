package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on first start takes 85 % of the screen, centred, with a problems pane of a fixed
 * modest height; size, dividers and zoom come back on the next run.
 */
class WindowPlacementUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().beforeOpening(WindowPlacement::restore);

    @Test
    void firstStartTakesMostOfTheScreenCentredWithASmallProblemsPane(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(app.stage().getWidth()).isCloseTo(screen.getWidth() * 0.85, within(2.0));
        assertThat(app.stage().getHeight()).isCloseTo(screen.getHeight() * 0.85, within(2.0));
        double centreX = app.stage().getX() + app.stage().getWidth() / 2;
        double centreY = app.stage().getY() + app.stage().getHeight() / 2;
        assertThat(centreX).isCloseTo(screen.getMinX() + screen.getWidth() / 2, within(2.0));
        assertThat(centreY).isCloseTo(screen.getMinY() + screen.getHeight() / 2, within(2.0));

        Node problems = app.session().window().verticalSplit().getItems().get(1);
        double h = problems.getBoundsInParent().getHeight();
        assertThat(h).isBetween(100.0, WindowPlacement.PROBLEMS_HEIGHT + 10);
        assertThat(h).isLessThan(app.stage().getHeight() * 0.25);
    }

    @Test
    void sizeDividersAndZoomComeBackOnTheNextRun(FxRobot robot) {
        robot.interact(
                () -> {
                    app.stage().setWidth(1000);
                    app.stage().setHeight(700);
                    app.session().window().centreSplit().setDividerPositions(0.2, 0.7);
                    app.session().window().verticalSplit().setDividerPositions(0.6);
                    app.session().window().canvas().zoomActual();
                    app.session().window().canvas().zoomBy(1.5);
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(app.session()::rememberPlacement);
        // The dividers as the layout left them (a pane's minimum width may move one a little).
        double[] centre = app.session().window().centreSplit().getDividerPositions();
        double vertical = app.session().window().verticalSplit().getDividerPositions()[0];

        Stage[] next = new Stage[1];
        VpcLabApp.Session[] again = new VpcLabApp.Session[1];
        robot.interact(
                () -> {
                    next[0] = new Stage();
                    WindowPlacement.restore(next[0], app.prefs());
                    again[0] =
                            VpcLabApp.open(
                                    next[0],
                                    app.prefs(),
                                    app.home(),
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
