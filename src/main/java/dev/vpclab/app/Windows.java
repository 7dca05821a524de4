package dev.vpclab.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
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
import javafx.scene.layout.Pane;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The one place that opens the app's windows and dialogs. Each gets the main window's stylesheet
 * (with the font family that has Hangul, so Korean never shows as boxes), its buttons in the user's
 * language, closes with Esc, opens sized to its content (never larger than the screen) and centred
 * on its owner. The owner itself is never moved or resized, and is blocked while a modal window or
 * a dialog shows (by {@link OwnerBlock}, not by JavaFX's modality). The theme is the application's
 * user-agent stylesheet, which JavaFX applies to every window by itself.
 */
public final class Windows {
    /** At most this share of the screen's usable area for a window sized to its content. */
    private static final double MAX_SHARE = 0.9;

    /** How many times a window's place is asked again when GTK loses the first request. */
    private static final int PLACE_CHECKS = 6;

    /** How far (px) a window may lie from its place: the window manager's frame offsets. */
    private static final double PLACE_SLACK = 48;

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
                OwnerBlock.whileShowing(stage, owner);
            }
        }
        return styled(stage, owner, title, root);
    }

    /**
     * A window that works beside {@code owner} rather than over it: styled, closing with Esc, and
     * opened sized to its content and centred on the owner like {@link #stage}, but not owned by
     * it. A window manager keeps an owned window above its owner, so the owner could never be
     * brought in front of it (the Reachability window hid the walk it started); this one goes
     * behind the owner when the owner is brought to the front, and closes with the owner.
     */
    public static Stage companion(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        if (owner != null) {
            owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stage.close());
        }
        return styled(stage, owner, title, root);
    }

    private static Stage styled(Stage stage, Window owner, String title, Parent root) {
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
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> placeBeforeShowing(stage, owner));
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
        // JavaFX titles an alert in the machine's language ("Confirmation"): the app's instead;
        // a caller may still set its own.
        a.setTitle(t.get("dialog.kind." + type.name()));
        return prepare(a, owner, t);
    }

    private static <D extends Dialog<?>> D prepare(D d, Window owner, AppText t) {
        // Modality.NONE with the owner blocked by hand: see OwnerBlock (JDK-8332222).
        d.initModality(Modality.NONE);
        if (owner != null) {
            d.initOwner(owner);
        }
        DialogPane pane = d.getDialogPane();
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            OwnerBlock.whileShowing(pane.getScene().getWindow(), owner);
        }
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The theme gives a dialog's content no padding: a form (a grid of labels and fields)
        // then touched the window's edges. A layout pane without padding of its own gets the
        // dialog's; controls (a text area of problems) keep theirs.
        pane.contentProperty().addListener((o, old, content) -> pad(content));
        pad(pane.getContent());
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
        if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage s) {
            s.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> placeBeforeShowing(s, owner));
        }
        return d;
    }

    /** The room around a dialog's form, as the theme gives its header and buttons. */
    static final Insets CONTENT_PADDING = new Insets(16, 20, 8, 20);

    private static void pad(Node content) {
        if (content instanceof Pane p && Insets.EMPTY.equals(p.getPadding())) {
            p.setPadding(CONTENT_PADDING);
        }
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
     * Places a window while it is about to show: centred on its owner (on the screen when it has
     * none), entirely on that screen, and shrunk to it when its content is larger. It is done
     * before the window is mapped, never after: under GTK, moving a window the moment it has been
     * mapped races with the window manager's first configure and can leave it at GTK's default
     * 200x200 with its content cut.
     */
    static void placeBeforeShowing(Stage stage, Window owner) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        double contentWidth = root.prefWidth(-1);
        double contentHeight = root.prefHeight(contentWidth);
        Rectangle2D screen = screenOf(owner == null ? stage : owner);
        double w = Math.min(contentWidth, screen.getWidth() * MAX_SHARE);
        double h = Math.min(contentHeight, screen.getHeight() * MAX_SHARE);
        if (w < contentWidth) {
            stage.setWidth(w);
        }
        if (h < contentHeight) {
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
        Rectangle2D wanted =
                new Rectangle2D(
                        clamp(cx - w / 2, screen.getMinX(), screen.getMaxX() - w),
                        clamp(cy - h / 2, screen.getMinY(), screen.getMaxY() - h),
                        w,
                        h);
        stage.setX(wanted.getMinX());
        stage.setY(wanted.getMinY());
        stage.addEventHandler(
                WindowEvent.WINDOW_SHOWN, e -> insistOnPlace(stage, wanted, PLACE_CHECKS));
    }

    /**
     * Under GTK the first size or position request of a new window is sometimes lost: the window
     * maps at GTK's default 200x200, cutting its content, or where the window manager puts new
     * windows. After it shows, the window is checked a few times and asked again (decorations
     * added) until its content has the room, and the window the place, it was given.
     */
    private static void insistOnPlace(Stage stage, Rectangle2D wanted, int checksLeft) {
        PauseTransition wait = new PauseTransition(Duration.millis(150));
        wait.setOnFinished(
                e -> {
                    Scene scene = stage.getScene();
                    if (!stage.isShowing() || scene == null || checksLeft == 0) {
                        return;
                    }
                    boolean narrow = scene.getWidth() + 1 < wanted.getWidth();
                    boolean low = scene.getHeight() + 1 < wanted.getHeight();
                    boolean elsewhere =
                            Math.abs(stage.getX() - wanted.getMinX()) > PLACE_SLACK
                                    || Math.abs(stage.getY() - wanted.getMinY()) > PLACE_SLACK;
                    if (narrow) {
                        stage.setWidth(
                                wanted.getWidth()
                                        + Math.max(0, stage.getWidth() - scene.getWidth()));
                    }
                    if (low) {
                        stage.setHeight(
                                wanted.getHeight()
                                        + Math.max(0, stage.getHeight() - scene.getHeight()));
                    }
                    if (elsewhere) {
                        stage.setX(wanted.getMinX());
                        stage.setY(wanted.getMinY());
                    }
                    boolean again = narrow || low || elsewhere;
                    insistOnPlace(stage, wanted, again ? checksLeft - 1 : 0);
                });
        wait.play();
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
