package dev.vpclab.app;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.testfx.api.FxRobot;

/**
 * Works around a Monocle bug for the UI tests: after a plain mouse drag Monocle's mouse input keeps
 * the view the drag began in ({@code MouseInput.dragView}), so the next platform drag and drop
 * sends "drag leave" to that stale view and fails. Forgetting it after each test lets a test that
 * drags on the canvas run before one that drops from the palette. The app itself is unaffected
 * (real platforms, and GTK, have no such state).
 */
public final class MonocleWorkaround {
    private MonocleWorkaround() {}

    public static void forgetStaleDrag(FxRobot robot) {
        robot.interact(
                () -> {
                    try {
                        Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
                        Method instance = input.getDeclaredMethod("getInstance");
                        instance.setAccessible(true);
                        Field dragView = input.getDeclaredField("dragView");
                        dragView.setAccessible(true);
                        dragView.set(instance.invoke(null), null);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // Not running on Monocle: nothing to forget.
                    }
                });
    }
}
