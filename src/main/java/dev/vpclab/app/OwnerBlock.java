package dev.vpclab.app;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps the user's input away from a window while a window it owns is showing, the way a modal
 * window would. JavaFX's own modality is not used: under GTK a modal window un-maximises and moves
 * its maximised owner (JDK-8332222, fixed only in JavaFX 23, which needs a newer JDK than ours). A
 * click on the blocked owner brings the owned window to the front instead.
 */
final class OwnerBlock {
    private OwnerBlock() {}

    /** Blocks {@code owner}'s input from the moment {@code owned} shows until it hides. */
    static void whileShowing(Window owned, Window owner) {
        if (owner == null) {
            return;
        }
        EventHandler<InputEvent> swallow =
                e -> {
                    e.consume();
                    if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                        owned.requestFocus();
                    }
                };
        owned.addEventHandler(
                WindowEvent.WINDOW_SHOWN,
                e -> {
                    Scene scene = owner.getScene();
                    if (scene != null) {
                        scene.addEventFilter(InputEvent.ANY, swallow);
                    }
                });
        owned.addEventHandler(
                WindowEvent.WINDOW_HIDDEN,
                e -> {
                    Scene scene = owner.getScene();
                    if (scene != null) {
                        scene.removeEventFilter(InputEvent.ANY, swallow);
                    }
                });
    }
}
