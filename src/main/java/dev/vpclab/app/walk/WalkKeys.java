package dev.vpclab.app.walk;

import javafx.scene.input.KeyEvent;

/**
 * The player's keys, for teachers at a projector: Space plays or pauses, Right and Left step to the
 * next or previous hop, Home starts over. They work in the flows dock and the event list whenever a
 * flow is loaded; on the canvas they drive the player only while a flow (or "play all") is loaded
 * and nothing is selected on the canvas, since with a selection the arrows move it (see {@link
 * #onCanvas}).
 */
final class WalkKeys {
    /** What the keys drive: the single-flow player or all flows played together. */
    interface Controls {
        boolean active();

        void togglePlay();

        void stepForward();

        void stepBack();

        void restart();
    }

    private WalkKeys() {}

    /** Runs the player action of a key press; false when the key is not a player key. */
    static boolean handle(KeyEvent e, Controls player) {
        if (!player.active() || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        switch (e.getCode()) {
            case SPACE -> player.togglePlay();
            case RIGHT -> player.stepForward();
            case LEFT -> player.stepBack();
            case HOME -> player.restart();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A key pressed on the canvas: a player key when a flow is loaded and nothing is selected (with
     * a selection, the arrows nudge it and Space pans, as always).
     */
    static boolean onCanvas(KeyEvent e, Controls player, boolean selectionEmpty) {
        return selectionEmpty && handle(e, player);
    }
}
