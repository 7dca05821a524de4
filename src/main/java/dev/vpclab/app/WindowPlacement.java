package dev.vpclab.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens: on first start about 85 % of the primary screen, centred; later as
 * it was left (size, maximised state, dividers, zoom), remembered in the app's preferences node.
 */
public final class WindowPlacement {
    /** Share of the screen's visual bounds the first window takes. */
    static final double FIRST_SHARE = 0.85;

    /** The problems pane's height when the window opens, whatever the window's height. */
    static final double PROBLEMS_HEIGHT = 150;

    private WindowPlacement() {}

    /** The first start's bounds on a screen: 85 % of its visual bounds, centred. */
    static Rectangle2D firstStart(Rectangle2D visual) {
        double w = Math.round(visual.getWidth() * FIRST_SHARE);
        double h = Math.round(visual.getHeight() * FIRST_SHARE);
        return new Rectangle2D(
                visual.getMinX() + (visual.getWidth() - w) / 2,
                visual.getMinY() + (visual.getHeight() - h) / 2,
                w,
                h);
    }

    /** Sizes the (not yet shown) stage as it was left, or for a first start. */
    public static void restore(Stage stage, Preferences prefs) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = firstStart(visual);
        // A remembered size never exceeds the screen (it may have been a larger one).
        double w = Math.min(prefs.getDouble("window.width", first.getWidth()), visual.getWidth());
        double h =
                Math.min(prefs.getDouble("window.height", first.getHeight()), visual.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(visual.getMinX() + (visual.getWidth() - w) / 2);
        stage.setY(visual.getMinY() + (visual.getHeight() - h) / 2);
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    /** Remembers the stage's size and maximised state, the dividers and the canvas zoom. */
    public static void remember(Stage stage, MainWindow window, Preferences prefs) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
        prefs.put("window.centre", join(window.centreSplit().getDividerPositions()));
        prefs.put("window.vertical", join(window.verticalSplit().getDividerPositions()));
        prefs.putDouble("window.zoom", window.canvas().viewport().scale());
    }

    /**
     * Puts the dividers where they were left; without a remembered one the problems pane gets
     * {@link #PROBLEMS_HEIGHT} of the split's height.
     */
    static void applyDividers(MainWindow window, Preferences prefs) {
        split(prefs.get("window.centre", ""), window.centreSplit());
        SplitPane vertical = window.verticalSplit();
        if (!split(prefs.get("window.vertical", ""), vertical)) {
            vertical.heightProperty()
                    .addListener(
                            (o, was, h) -> {
                                if (was.doubleValue() == 0 && h.doubleValue() > 0) {
                                    vertical.setDividerPositions(problemsDivider(h.doubleValue()));
                                }
                            });
            if (vertical.getHeight() > 0) {
                vertical.setDividerPositions(problemsDivider(vertical.getHeight()));
            }
        }
    }

    /** The divider that leaves the problems pane its height in a split {@code height} high. */
    static double problemsDivider(double height) {
        return Math.max(0.5, 1 - PROBLEMS_HEIGHT / height);
    }

    /** The remembered zoom, if any, to apply after the first fit. */
    static double rememberedZoom(Preferences prefs) {
        return prefs.getDouble("window.zoom", 0);
    }

    private static String join(double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double p : positions) {
            b.append(b.length() == 0 ? "" : ",").append(p);
        }
        return b.toString();
    }

    private static boolean split(String saved, SplitPane pane) {
        if (saved.isBlank()) {
            return false;
        }
        String[] parts = saved.split(",");
        if (parts.length != pane.getDividers().size()) {
            return false;
        }
        double[] positions = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                positions[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException e) {
            return false; // a damaged preference: keep the defaults
        }
        pane.setDividerPositions(positions);
        return true;
    }
}
