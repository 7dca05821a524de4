package dev.vpclab.app.classroom;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A red dot following the mouse with a short trail that fades, for pointing at the projected
 * diagram. It draws on its own canvas, which lets every mouse event through.
 */
final class LaserPointer extends Canvas {
    /** How long a point of the trail stays visible, in seconds. */
    static final double TRAIL_SECONDS = 0.45;

    private static final double RADIUS = 9;

    private record Dot(double x, double y, long nanos) {}

    private final Deque<Dot> trail = new ArrayDeque<>();
    private boolean on;
    private final AnimationTimer timer =
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    paint(now);
                }
            };

    LaserPointer() {
        setId("laser-pointer");
        setMouseTransparent(true);
        setManaged(false);
    }

    boolean isOn() {
        return on;
    }

    void setOn(boolean value) {
        if (on == value) {
            return;
        }
        on = value;
        if (on) {
            timer.start();
        }
        // When off, the timer runs on until the trail has faded, then stops itself.
    }

    /** The mouse moved to (x, y) in this canvas's coordinates. */
    void moveTo(double x, double y) {
        if (on) {
            trail.addLast(new Dot(x, y, System.nanoTime()));
        }
    }

    /** The points of the trail still visible (tests look at it). */
    int trailLength() {
        return trail.size();
    }

    private void paint(long now) {
        long keep = (long) (TRAIL_SECONDS * 1e9);
        while (!trail.isEmpty() && (now - trail.peekFirst().nanos() > keep || trail.size() > 64)) {
            if (on && trail.size() == 1) {
                break; // the dot stays where the mouse rests
            }
            trail.removeFirst();
        }
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        if (!on && trail.isEmpty()) {
            timer.stop();
            return;
        }
        Dot previous = null;
        for (Dot d : trail) {
            double age = Math.min(1, Math.max(0, (now - d.nanos()) / (double) keep));
            double alpha = on ? 1 - age : (1 - age) * 0.5;
            if (previous != null) {
                gc.setStroke(Color.rgb(230, 20, 20, alpha * 0.7));
                gc.setLineWidth(RADIUS * (1.2 - age));
                gc.strokeLine(previous.x(), previous.y(), d.x(), d.y());
            }
            previous = d;
        }
        Dot head = trail.peekLast();
        if (on && head != null) {
            gc.setFill(Color.rgb(255, 40, 40, 0.35));
            gc.fillOval(
                    head.x() - RADIUS * 1.8, head.y() - RADIUS * 1.8, RADIUS * 3.6, RADIUS * 3.6);
            gc.setFill(Color.rgb(240, 0, 0));
            gc.fillOval(head.x() - RADIUS, head.y() - RADIUS, RADIUS * 2, RADIUS * 2);
        }
    }
}
