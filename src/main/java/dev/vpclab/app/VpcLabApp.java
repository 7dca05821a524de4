package dev.vpclab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.vpclab.model.Lab;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop application: opens the main window on the last lab (or the default lab), offers to
 * recover unsaved work after a crash, autosaves, and rebuilds the window when the language or theme
 * changes.
 */
public final class VpcLabApp extends Application {

    /** Everything one window needs; tests make one on the stage TestFX gives them. */
    public static final class Session {
        private final Stage stage;
        private final Preferences prefs;
        private final EditorViewModel vm;
        private final LabDocument document;
        private final MainWindow.WindowSettings settings = new MainWindow.WindowSettings();
        private MainWindow window;
        private Scene scene;

        Session(Stage stage, Preferences prefs, Path home, LabFiles files, Background background) {
            this.stage = stage;
            this.prefs = prefs;
            AppText text = new AppText(AppText.rememberedLocale(prefs));
            this.vm = new EditorViewModel(Lab.empty("", "us-east-1"), background, text);
            this.document =
                    new LabDocument(vm, files, background, prefs, home.resolve("recovery.yaml"));
            settings.dark = prefs.getBoolean("dark", false);
        }

        public MainWindow window() {
            return window;
        }

        public EditorViewModel viewModel() {
            return vm;
        }

        public LabDocument document() {
            return document;
        }

        void build() {
            window = new MainWindow(stage, vm, document, settings, this::rebuild);
            Application.setUserAgentStylesheet(
                    settings.dark
                            ? new PrimerDark().getUserAgentStylesheet()
                            : new PrimerLight().getUserAgentStylesheet());
            if (scene == null) {
                // The scene takes the size WindowPlacement gave the stage, so the remembered
                // dividers are laid out at the window's real width.
                scene =
                        new Scene(
                                window.build(),
                                Double.isNaN(stage.getWidth()) ? 1400 : stage.getWidth(),
                                Double.isNaN(stage.getHeight()) ? 900 : stage.getHeight());
                Windows.style(scene);
                stage.setScene(scene);
            } else {
                scene.setRoot(window.build());
            }
            WindowPlacement.applyDividers(window, prefs);
            window.canvas().repaint();
        }

        /** Remembers the window's size, maximised state, dividers and zoom for the next run. */
        public void rememberPlacement() {
            WindowPlacement.remember(stage, window, prefs);
        }

        /** Fits the diagram, then puts back the zoom the last run left, if any. */
        void fitOrRestoreZoom() {
            window.canvas().zoomToFit();
            double zoom = WindowPlacement.rememberedZoom(prefs);
            double now = window.canvas().viewport().scale();
            if (zoom > 0 && now > 0) {
                window.canvas().zoomBy(zoom / now);
            }
        }

        private void rebuild() {
            AppText.remember(prefs, vm.text().locale());
            prefs.putBoolean("dark", settings.dark);
            document.updateTitle();
            build();
        }
    }

    /** Opens a session on the stage: the window on the default lab. */
    public static Session open(
            Stage stage, Preferences prefs, Path home, LabFiles files, Background background) {
        Session s = new Session(stage, prefs, home, files, background);
        s.document.openResource(LabDocument.DEFAULT_LAB);
        s.build();
        return s;
    }

    /** Starts the JavaFX application (from {@code dev.vpclab.Launcher}). */
    public static void launchApp(String[] args) {
        Application.launch(VpcLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs =
                Preferences.userRoot().node(System.getProperty("vpclab.prefs", "dev/vpclab/app"));
        Path home =
                Path.of(
                        System.getProperty(
                                "vpclab.home", System.getProperty("user.home") + "/.vpclab"));
        dev.vpclab.app.study.StudyMenu.useHostServices(getHostServices());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowPlacement.restore(stage, prefs);
        Session s = open(stage, prefs, home, new DiskLabFiles(), new FxBackground());
        WindowPlacement.show(stage, prefs);
        WindowPlacement.whenPlaced(
                stage,
                prefs,
                () -> {
                    s.fitOrRestoreZoom();
                    offerRecoveryOrReopen(s);
                });
        Timeline autosave =
                new Timeline(new KeyFrame(Duration.seconds(30), e -> s.document.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        stage.setOnCloseRequest(
                e -> {
                    if (!s.window.confirmDiscard()) {
                        e.consume();
                        return;
                    }
                    s.rememberPlacement();
                    s.document.deleteRecovery();
                    Platform.exit();
                });
    }

    private static void offerRecoveryOrReopen(Session s) {
        AppText t = s.vm.text();
        if (s.document.hasRecovery()) {
            Alert a =
                    Windows.alert(
                            s.stage,
                            t,
                            Alert.AlertType.CONFIRMATION,
                            t.get("dialog.recover.text"),
                            ButtonType.YES,
                            ButtonType.NO);
            a.setHeaderText(t.get("dialog.recover.header"));
            Optional<ButtonType> answer = a.showAndWait();
            if (answer.isPresent() && answer.get() == ButtonType.YES) {
                s.document.recover(
                        s.window.canvas()::zoomToFit, problems -> s.document.deleteRecovery());
                return;
            }
            s.document.deleteRecovery();
        }
        s.document.lastFile().ifPresent(p -> s.window.openFile(p));
    }
}
