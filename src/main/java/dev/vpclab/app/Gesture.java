package dev.vpclab.app;

import dev.vpclab.edit.Point;
import dev.vpclab.paint.DrawingSurface;
import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from press to release. While the button is down it previews on
 * the canvas; on release it commits at most one edit (one undo step).
 */
interface Gesture {

    /** The pointer moved with the button down, to {@code at} (lab coordinates). */
    void drag(Point at, MouseEvent e);

    /** The button was released at {@code at}. */
    void release(Point at, MouseEvent e);

    /** Escape: put back what the gesture previewed. */
    default void cancel() {}

    /** Draws what the gesture shows over the diagram (a rubber band, a line being drawn). */
    default void paintOverlay(DrawingSurface s, double scale) {}
}
