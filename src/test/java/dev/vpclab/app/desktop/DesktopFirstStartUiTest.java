package dev.vpclab.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vpclab.app.Background;
import dev.vpclab.app.DiskLabFiles;
import dev.vpclab.app.VpcLabApp;
import dev.vpclab.app.WindowPlacement;
import java.nio.file.Files;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first start as the app does it ({@code VpcLabApp.start}): under openbox with the GTK glass a
 * size given before the window maps was dropped and the window opened at its minimum, 900x600.
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopFirstStartUiTest {
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/desktoptest/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowPlacement.restore(stage, prefs);
        VpcLabApp.open(
                stage,
                prefs,
                Files.createTempDirectory("vpclab-first"),
                new DiskLabFiles(),
                Background.immediate());
        WindowPlacement.show(stage, prefs);
        // What the recovery question (a dialog centred on its owner) sees when it opens.
        WindowPlacement.whenPlaced(
                stage, prefs, () -> whenPlaced = new double[] {stage.getWidth(), stage.getX()});
    }

    private volatile double[] whenPlaced;

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theFirstWindowTakesMostOfTheScreenCentred() {
        Desktop.settle();
        DesktopShots.screen("first-start");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isCloseTo(screen.getWidth() * 0.85, within(8.0));
        assertThat(stage.getHeight()).isCloseTo(screen.getHeight() * 0.85, within(40.0));
        double centreX = stage.getX() + stage.getWidth() / 2;
        assertThat(centreX).isCloseTo(screen.getMinX() + screen.getWidth() / 2, within(20.0));
        assertThat(whenPlaced).as("the first dialog waited for the placed window").isNotNull();
        assertThat(whenPlaced[0])
                .as("the window's width when the first dialog may open")
                .isCloseTo(screen.getWidth() * 0.85, within(8.0));
    }
}
