package dev.vpclab.app.walk;

import dev.vpclab.app.Workbench;
import dev.vpclab.edit.Rect;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Presentation mode for a teacher at a projector: full screen, larger type and thicker lines, only
 * the diagram, the packet, its card, the verdict and a strip with the flow's title and the player
 * on screen (menus, toolbar, palette, inspector, dock, problems, status bar, scroll bars and
 * minimap hidden), the diagram framed by {@link PresentationFit}, the view following the packet,
 * and the keyboard alone stepping through the selected flow (Right, Left, Space, Home; Up and Down
 * pick the previous or next flow). Esc leaves.
 */
public final class PresentationMode {
    private final Workbench window;
    private final SplitPane centre;
    private final WalkDock dock;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final List<Node> hidden = new ArrayList<>();
    private double[] dividers = new double[0];
    private String rootStyle = "";
    private final EventHandler<KeyEvent> keys = this::key;
    private boolean watchingFullScreen;
    private final List<Node> hiddenChrome = new ArrayList<>();
    private SplitPane vertical;
    private Node problems;
    private double[] verticalDividers = new double[0];
    private double[] bounds;
    private boolean maximized;

    private PresentationBar bar;
    private double[] centreSize = new double[2];
    private javafx.beans.InvalidationListener settle;

    PresentationMode(Workbench window, SplitPane centre, WalkDock dock) {
        this.window = window;
        this.centre = centre;
        this.dock = dock;
        // A new flow (Up, Down) or a resized screen is framed anew.
        dock.player()
                .events()
                .addListener((javafx.collections.ListChangeListener<Object>) c -> refit());
        window.canvas().onViewResized(this::refit);
    }

    /** The strip with the flow's title and the player, shown under the diagram while active. */
    PresentationBar bar() {
        if (bar == null) {
            bar = new PresentationBar(dock.player(), dock.flows(), window.viewModel().text());
        }
        return bar;
    }

    private void refit() {
        if (active.get()) {
            Platform.runLater(this::fit);
        }
    }

    /**
     * Frames the lab, or the flow being walked, as large as the screen allows ({@link
     * PresentationFit}).
     */
    private void fit() {
        dev.vpclab.app.CanvasView canvas = window.canvas();
        double w = canvas.viewWidth();
        double h = canvas.viewHeight();
        java.util.Optional<Rect> lab = window.viewModel().diagram().bounds();
        if (!active.get() || w <= 0 || h <= 0 || lab.isEmpty()) {
            return;
        }
        java.util.Map<String, Rect> boxes = window.viewModel().diagram().boxes();
        java.util.Optional<Rect> flow = java.util.Optional.empty();
        java.util.Optional<Rect> start = java.util.Optional.empty();
        for (dev.vpclab.walk.Event e : dock.player().events()) {
            Rect b = boxes.get(e.component());
            if (b != null) {
                flow = java.util.Optional.of(flow.map(b::union).orElse(b));
                start = start.isPresent() ? start : java.util.Optional.of(b);
            }
        }
        canvas.setViewport(PresentationFit.fit(lab.get(), flow, start, w, h));
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** Enters or leaves presentation mode (F5). */
    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (active.get()) {
            return;
        }
        Scene scene = window.canvas().getScene();
        if (scene == null) {
            return;
        }
        active.set(true);
        dividers = centre.getDividerPositions();
        centreSize = new double[] {centre.getWidth(), centre.getHeight()};
        hidden.clear();
        for (Node n : new ArrayList<>(centre.getItems())) {
            if (n != window.canvas()) {
                hidden.add(n);
            }
        }
        centre.getItems().removeAll(hidden);
        hideChrome(scene);
        window.canvas().setChromeVisible(false);
        window.canvas().setBottom(bar());
        dock.overlay().presentingProperty().set(true);
        rootStyle = scene.getRoot().getStyle();
        scene.getRoot().setStyle(rootStyle + " -fx-font-size: 20px;");
        dock.overlay().thicknessProperty().set(1.8);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (scene.getWindow() instanceof Stage stage) {
            bounds = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
            maximized = stage.isMaximized();
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        if (scene.getWindow() instanceof Stage stage && !watchingFullScreen) {
            watchingFullScreen = true;
            stage.fullScreenProperty()
                    .addListener(
                            (o, was, is) -> {
                                if (!is && active.get()) {
                                    leave();
                                }
                            });
        }
        window.canvas().requestFocus();
        Platform.runLater(this::fit);
    }

    /** Hides the menu bar, toolbar, status bar and problems pane; {@link #showChrome} undoes it. */
    private void hideChrome(Scene scene) {
        hiddenChrome.clear();
        if (scene.getRoot() instanceof BorderPane root) {
            for (Node n : new Node[] {root.getTop(), root.getBottom()}) {
                if (n != null && n.isVisible()) {
                    n.setVisible(false);
                    n.setManaged(false);
                    hiddenChrome.add(n);
                }
            }
            if (root.getCenter() instanceof SplitPane v && v.getItems().size() > 1) {
                vertical = v;
                verticalDividers = v.getDividerPositions();
                problems = v.getItems().get(v.getItems().size() - 1);
                v.getItems().remove(problems);
            }
        }
    }

    private void showChrome() {
        for (Node n : hiddenChrome) {
            n.setVisible(true);
            n.setManaged(true);
        }
        hiddenChrome.clear();
        if (vertical != null && problems != null) {
            vertical.getItems().add(problems);
            vertical.setDividerPositions(verticalDividers);
        }
        problems = null;
    }

    public void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        Scene scene = window.canvas().getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.getRoot().setStyle(rootStyle);
        dock.overlay().thicknessProperty().set(1);
        List<Node> items = new ArrayList<>(hidden);
        // The palette was left of the canvas; everything else goes back to its right.
        centre.getItems().clear();
        if (!items.isEmpty()) {
            centre.getItems().add(items.remove(0));
        }
        centre.getItems().add(window.canvas());
        centre.getItems().addAll(items);
        centre.setDividerPositions(dividers);
        hidden.clear();
        showChrome();
        window.canvas().setChromeVisible(true);
        dock.overlay().presentingProperty().set(false);
        if (scene.getWindow() instanceof Stage stage) {
            if (stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
            restore(stage);
        }
        putDividersBackOnceSized();
        Platform.runLater(window.canvas()::zoomToFit);
    }

    /**
     * The window manager gives the window its size back a moment after full screen ends: until then
     * the split is laid out at the full screen's size, and shrinking it squeezed the palette, the
     * inspector, the dock and the problems pane to slivers. The dividers go back once the split is
     * as large as before presentation mode.
     */
    private void putDividersBackOnceSized() {
        double[] c = dividers.clone();
        double[] v = verticalDividers.clone();
        Runnable apply =
                () -> {
                    centre.setDividerPositions(c);
                    if (vertical != null && vertical.getDividers().size() == v.length) {
                        vertical.setDividerPositions(v);
                    }
                };
        if (settle != null) {
            centre.widthProperty().removeListener(settle);
            centre.heightProperty().removeListener(settle);
        }
        settle =
                o -> {
                    apply.run();
                    boolean sized =
                            Math.abs(centre.getWidth() - centreSize[0]) < 2
                                    && Math.abs(centre.getHeight() - centreSize[1]) < 2;
                    if (sized && !active.get()) {
                        // Framed at the window's own size, not the full screen's.
                        Platform.runLater(window.canvas()::zoomToFit);
                    }
                    if (sized || active.get()) {
                        centre.widthProperty().removeListener(settle);
                        centre.heightProperty().removeListener(settle);
                        settle = null;
                    }
                };
        centre.widthProperty().addListener(settle);
        centre.heightProperty().addListener(settle);
        apply.run();
    }

    /** Puts the window back where and as large as it was before presentation mode. */
    private void restore(Stage stage) {
        if (bounds == null) {
            return;
        }
        stage.setMaximized(maximized);
        if (!maximized) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
            stage.setWidth(bounds[2]);
            stage.setHeight(bounds[3]);
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            leave();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
            int n = dock.flows().badges().size();
            if (n > 0) {
                int i = dock.flows().selectedProperty().get();
                int next = e.getCode() == KeyCode.DOWN ? (i + 1) % n : (i <= 0 ? n - 1 : i - 1);
                dock.flows().select(next);
            }
            e.consume();
            return;
        }
        if (WalkKeys.handle(e, dock.controls())) {
            e.consume();
        }
    }
}
