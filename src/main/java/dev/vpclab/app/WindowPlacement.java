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

    /**
     * The side columns' default widths (palette, inspector, flows dock) as a share of the centre
     * split's width, and the pixel range each keeps: at 1920 px the canvas gets well over half.
     */
    private static final double[][] SIDES = {
        {0.095, 160, 190}, // palette
        {0.15, 260, 300}, // inspector
        {0.21, 360, 400} // flows dock: four tabs and the event list
    };

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
        double[] size = size(prefs);
        double w = size[0];
        double h = size[1];
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(visual.getMinX() + (visual.getWidth() - w) / 2);
        stage.setY(visual.getMinY() + (visual.getHeight() - h) / 2);
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    /** The size {@link #restore} gives the window: as remembered, within the screen. */
    private static double[] size(Preferences prefs) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = firstStart(visual);
        // A remembered size never exceeds the screen (it may have been a larger one).
        double w = Math.min(prefs.getDouble("window.width", first.getWidth()), visual.getWidth());
        double h =
                Math.min(prefs.getDouble("window.height", first.getHeight()), visual.getHeight());
        return new double[] {w, h};
    }

    /**
     * Shows the stage placed by {@link #restore}. GTK under some window managers (openbox) drops a
     * size given before the window is mapped and opens it at its minimum size: the placement is
     * given again once it shows.
     */
    public static void show(Stage stage, Preferences prefs) {
        stage.show();
        restore(stage, prefs);
    }

    /**
     * Runs {@code then} once the window manager has given the shown stage the size {@link #show}
     * asked for (a dialog opened before would be centred on the dropped size), or after a second at
     * the latest.
     */
    public static void whenPlaced(Stage stage, Preferences prefs, Runnable then) {
        double[] size = size(prefs);
        double w = size[0];
        double h = size[1];
        boolean[] done = {false};
        Runnable once =
                () -> {
                    if (!done[0]) {
                        done[0] = true;
                        then.run();
                    }
                };
        javafx.animation.PauseTransition latest =
                new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        latest.setOnFinished(e -> once.run());
        javafx.beans.InvalidationListener sized =
                new javafx.beans.InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable o) {
                        if (stage.isMaximized()
                                || (Math.abs(stage.getWidth() - w) < 2
                                        && Math.abs(stage.getHeight() - h) < 2)) {
                            stage.widthProperty().removeListener(this);
                            stage.heightProperty().removeListener(this);
                            latest.stop();
                            javafx.application.Platform.runLater(once);
                        }
                    }
                };
        stage.widthProperty().addListener(sized);
        stage.heightProperty().addListener(sized);
        latest.play();
        sized.invalidated(null);
    }

    /**
     * The default dividers of the palette / canvas / inspector / flows split at a width: each side
     * column gets its share within its pixel range, the canvas the rest.
     */
    static double[] centreDividers(double width, int items) {
        double palette = side(SIDES[0], width);
        if (items == 3) {
            return new double[] {palette / width, 1 - side(SIDES[1], width) / width};
        }
        if (items != 4) {
            return new double[0];
        }
        double dock = side(SIDES[2], width);
        double inspector = side(SIDES[1], width);
        return new double[] {palette / width, 1 - (inspector + dock) / width, 1 - dock / width};
    }

    private static double side(double[] share, double width) {
        return Math.max(share[1], Math.min(share[2], width * share[0]));
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
        SplitPane centre = window.centreSplit();
        if (!split(prefs.get("window.centre", ""), centre)) {
            // No remembered dividers: the canvas gets most of the width the split first has (the
            // side columns then keep their widths as the window grows).
            centre.widthProperty()
                    .addListener(
                            (o, was, w) -> {
                                if (was.doubleValue() == 0 && w.doubleValue() > 0) {
                                    defaultDividers(centre, w.doubleValue());
                                }
                            });
            if (centre.getWidth() > 0) {
                defaultDividers(centre, centre.getWidth());
            }
        }
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

    private static void defaultDividers(SplitPane centre, double width) {
        double[] d = centreDividers(width, centre.getItems().size());
        if (d.length == centre.getDividers().size()) {
            centre.setDividerPositions(d);
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
