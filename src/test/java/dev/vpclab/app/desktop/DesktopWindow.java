package dev.vpclab.app.desktop;

import dev.vpclab.app.Background;
import dev.vpclab.app.DiskLabFiles;
import dev.vpclab.app.VpcLabApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** The app's main window on the default lab, as a person starts it, maximised on 1920x1080. */
final class DesktopWindow {
    final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/desktoptest/" + UUID.randomUUID());
    Stage stage;
    VpcLabApp.Session session;

    DesktopWindow(String language) {
        prefs.put("language", language);
    }

    void open(Stage stage) {
        this.stage = stage;
        Path home;
        try {
            home = Files.createTempDirectory("vpclab-desktop");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        session = VpcLabApp.open(stage, prefs, home, new DiskLabFiles(), Background.immediate());
        stage.show();
        stage.setMaximized(true);
    }

    void forget() throws BackingStoreException {
        prefs.removeNode();
    }
}
