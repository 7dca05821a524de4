package dev.vpclab.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one place that opens the app's windows and dialogs. Each gets the main window's stylesheet
 * (with the font family that has Hangul, so Korean never shows as boxes), its buttons in the user's
 * language, closes with Esc, opens sized to its content (never larger than the screen) and centred
 * on its owner. The owner itself is never moved or resized. The theme is the application's
 * user-agent stylesheet, which JavaFX applies to every window by itself.
 */
public final class Windows {
    /** At most this share of the screen's usable area for a window sized to its content. */
    private static final double MAX_SHARE = 0.9;

    private static final Map<ButtonType, String> BUTTON_KEYS =
            Map.of(
                    ButtonType.OK, "dialog.button.ok",
                    ButtonType.CANCEL, "dialog.button.cancel",
                    ButtonType.YES, "dialog.button.yes",
                    ButtonType.NO, "dialog.button.no",
                    ButtonType.CLOSE, "dialog.button.close");

    private Windows() {}

    /** The stylesheets every scene of the app carries, the main window's included. */
    public static List<String> stylesheets() {
        StringBuilder css = new StringBuilder();
        Fonts.hangulFamily()
                .ifPresent(
                        f -> css.append(".root { -fx-font-family: \"").append(f).append("\"; }"));
        String encoded =
                Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
        return List.of("data:text/css;base64," + encoded);
    }

    /** Gives a scene the app's stylesheets (used for the main window too). */
    public static void style(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    /**
     * A new window owned by {@code owner} (modal to it when asked), showing {@code root}, styled,
     * closing with Esc, sized to its content and centred on the owner when it opens.
     */
    public static Stage stage(Window owner, String title, Parent root, boolean modal) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            if (modal) {
                stage.initModality(Modality.WINDOW_MODAL);
            }
        }
        stage.setTitle(title);
        Scene scene = new Scene(root);
        style(scene);
        stage.setScene(scene);
        scene.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        stage.close();
                    }
                });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fitAndCentre(stage, owner));
        return stage;
    }

    /** A dialog owned by {@code owner}, styled, its buttons in the user's language, Esc closing. */
    public static <R> Dialog<R> dialog(Window owner, AppText t) {
        return prepare(new Dialog<>(), owner, t);
    }

    /** An alert with the given buttons (the type's default ones when none), prepared as dialogs. */
    public static Alert alert(
            Window owner, AppText t, Alert.AlertType type, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content == null ? "" : content, buttons);
        return prepare(a, owner, t);
    }

    private static <D extends Dialog<?>> D prepare(D d, Window owner, AppText t) {
        if (owner != null) {
            d.initOwner(owner);
        }
        DialogPane pane = d.getDialogPane();
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.sceneProperty()
                .addListener(
                        (o, old, scene) -> {
                            if (scene != null) {
                                style(scene);
                            }
                        });
        if (pane.getScene() != null) {
            style(pane.getScene());
        }
        // Buttons added now or later read in the user's language, not the JVM's.
        Runnable translate =
                () ->
                        pane.getButtonTypes()
                                .forEach(
                                        bt -> {
                                            String key = BUTTON_KEYS.get(bt);
                                            Node b = pane.lookupButton(bt);
                                            if (key != null && b instanceof Button button) {
                                                button.setText(t.get(key));
                                            }
                                        });
        // The pane makes its buttons lazily, so they are translated when the dialog opens.
        d.setOnShowing(e -> translate.run());
        pane.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        escape(pane);
                        e.consume();
                    }
                });
        d.setOnShown(
                e -> {
                    Window w = pane.getScene().getWindow();
                    if (w instanceof Stage s) {
                        fitAndCentre(s, owner);
                    }
                });
        return d;
    }

    /** Esc presses the dialog's cancelling button, or its only button when it has one. */
    private static void escape(DialogPane pane) {
        List<ButtonType> types = pane.getButtonTypes();
        ButtonType chosen =
                types.stream()
                        .filter(bt -> bt.getButtonData().isCancelButton())
                        .findFirst()
                        .orElse(
                                types.stream()
                                        .filter(
                                                bt ->
                                                        bt.getButtonData()
                                                                == ButtonType.NO.getButtonData())
                                        .findFirst()
                                        .orElse(types.size() == 1 ? types.get(0) : null));
        if (chosen != null && pane.lookupButton(chosen) instanceof Button b) {
            b.fire();
        }
    }

    /**
     * Shrinks a window to the screen it opens on when its content is larger and centres it on its
     * owner (on the screen when it has none), keeping it entirely on that screen.
     */
    static void fitAndCentre(Stage stage, Window owner) {
        Rectangle2D screen = screenOf(owner == null ? stage : owner);
        double w = Math.min(stage.getWidth(), screen.getWidth() * MAX_SHARE);
        double h = Math.min(stage.getHeight(), screen.getHeight() * MAX_SHARE);
        if (w != stage.getWidth()) {
            stage.setWidth(w);
        }
        if (h != stage.getHeight()) {
            stage.setHeight(h);
        }
        double cx =
                owner == null
                        ? screen.getMinX() + screen.getWidth() / 2
                        : owner.getX() + owner.getWidth() / 2;
        double cy =
                owner == null
                        ? screen.getMinY() + screen.getHeight() / 2
                        : owner.getY() + owner.getHeight() / 2;
        stage.setX(clamp(cx - w / 2, screen.getMinX(), screen.getMaxX() - w));
        stage.setY(clamp(cy - h / 2, screen.getMinY(), screen.getMaxY() - h));
    }

    /** The usable area of the screen a window is mostly on. */
    static Rectangle2D screenOf(Window w) {
        List<Screen> screens =
                Screen.getScreensForRectangle(
                        w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
