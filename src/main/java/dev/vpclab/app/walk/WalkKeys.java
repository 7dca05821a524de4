package dev.vpclab.app.walk;

import javafx.scene.input.KeyEvent;

/** The player's keys, for teachers at a projector: Space, Right, Left and Home. */
final class WalkKeys {
    private WalkKeys() {}

    /** Runs the player action of a key press; false when the key is not a player key. */
    static boolean handle(KeyEvent e, PlayerViewModel player) {
        if (player.walk().isEmpty() || e.isShortcutDown() || e.isAltDown()) {
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
}
