package dev.vpclab.app;

import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.paint.IconSet;
import dev.vpclab.paint.PaintStyle;
import dev.vpclab.paint.Viewport;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The diagram canvas: paints the lab through {@link DiagramPainter}, turns mouse presses into
 * {@link Gesture}s (move, resize, rubber band, connect, pan), handles zoom, keys and drops from the
 * palette or the file manager, and keeps the scroll bars and minimap in step.
 */
public final class CanvasView extends BorderPane {
    /** The data format of a palette drag: {@code vpclab-kind:<kind>}. */
    public static final String KIND_PREFIX = "vpclab-kind:";

    static final double GRID = 8;

    private final EditorViewModel vm;
    private final Canvas canvas = new Canvas(800, 600);
    private final Pane layer = new Pane(canvas);
    private final MinimapView minimap = new MinimapView();
    private final Label hint = new Label();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final DiagramPainter painter = new DiagramPainter(IconSet.shared());
    private final PauseTransition hintTimer = new PauseTransition(Duration.seconds(4));
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private Viewport viewport = Viewport.identity();
    private Optional<Gesture> gesture = Optional.empty();
    private boolean spaceDown;
    // While a selection is dragged: the still part of the diagram, painted once.
    private Image dragBackground;
    private Set<String> dragLayer = Set.of();
    // A refused drop leaves its reason up after the drag ends.
    private boolean keepHint;
    private boolean updatingBars;
    private Consumer<File> fileDropHandler = f -> {};
    private ContextMenu contextMenu;
    private String fontFamily = "System";
    // Layers drawn over the diagram (the packet walk), told after each repaint.
    private final List<Runnable> overlays = new ArrayList<>();
    private final ConnectHandle connectHandle = new ConnectHandle();
    private final ConnectTool connectTool;

    public CanvasView(EditorViewModel vm) {
        this.vm = vm;
        this.connectTool = new ConnectTool(vm);
        // The tool's keys (Esc) reach the diagram, not the toolbar button that turned it on.
        connectTool.onProperty().addListener((o, a, on) -> canvas.requestFocus());
        painter.setLocale(vm.text().locale());
        setId("canvas");
        canvas.setId("diagram");
        canvas.setFocusTraversable(true);
        layer.setMinSize(100, 100);
        canvas.widthProperty().bind(layer.widthProperty());
        canvas.heightProperty().bind(layer.heightProperty());
        hint.setId("canvas-hint");
        hint.setVisible(false);
        hint.setMouseTransparent(true);
        hint.setStyle(
                "-fx-background-color: #16191FE0; -fx-text-fill: white; -fx-padding: 4 8;"
                        + " -fx-background-radius: 4;");
        minimap.setOnMove(this::setViewport);
        layer.getChildren().addAll(minimap, hint);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        setCenter(layer);
        setBottom(hbar);
        setRight(vbar);
        hintTimer.setOnFinished(e -> hint.setVisible(false));

        canvas.widthProperty().addListener(o -> repaint());
        canvas.heightProperty().addListener(o -> repaint());
        vm.diagramProperty().addListener(o -> repaint());
        vm.selectionProperty().addListener(o -> repaint());
        vm.problemMarkersProperty().addListener(o -> repaint());
        dark.addListener(o -> repaint());
        hbar.valueProperty()
                .addListener((o, a, b) -> scrollTo(b.doubleValue(), viewport.originY()));
        vbar.valueProperty()
                .addListener((o, a, b) -> scrollTo(viewport.originX(), b.doubleValue()));

        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(e -> gesture.ifPresent(g -> g.drag(labPoint(e), e)));
        canvas.setOnMouseReleased(
                e -> {
                    Optional<Gesture> g = gesture;
                    gesture = Optional.empty();
                    g.ifPresent(x -> x.release(labPoint(e), e));
                });
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(
                e -> {
                    if (gesture.isEmpty() && connectHandle.clear()) {
                        repaint();
                    }
                });
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        canvas.setOnKeyPressed(this::keyPressed);
        canvas.setOnKeyReleased(e -> spaceDown = spaceDown && e.getCode() != KeyCode.SPACE);
        canvas.setOnDragOver(this::dragOver);
        canvas.setOnDragDropped(this::dragDropped);
        canvas.setOnDragExited(e -> hint.setVisible(keepHint && hint.isVisible()));
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty connectModeProperty() {
        return connectTool.onProperty();
    }

    /** The Connect tool: the toolbar's toggle, click-then-click or drag. */
    ConnectTool connectTool() {
        return connectTool;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void setFontFamily(String family) {
        this.fontFamily = family;
        repaint();
    }

    public void setOnFileDropped(Consumer<File> handler) {
        this.fileDropHandler = handler;
    }

    public void setContextMenu(ContextMenu menu) {
        this.contextMenu = menu;
    }

    /**
     * Adds a layer over the diagram (and over the layers added before), sized to it; {@code
     * onRepaint} runs after each repaint so the layer follows zoom, scroll and edits.
     */
    public void addOverlay(Region overlay, Runnable onRepaint) {
        overlay.prefWidthProperty().bind(layer.widthProperty());
        overlay.prefHeightProperty().bind(layer.heightProperty());
        // Above the diagram and the layers added before, below the minimap and the hint.
        layer.getChildren().add(1 + overlays.size(), overlay);
        overlays.add(onRepaint);
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The screen point of a lab point (for tests and tooltips). */
    public Point2D toScreen(Point p) {
        return canvas.localToScreen(viewport.toScreenX(p.x()), viewport.toScreenY(p.y()));
    }

    double snap(double v) {
        return snapToGrid.get() ? Math.round(v / GRID) * GRID : v;
    }

    // --- zoom and pan ---

    public void zoomBy(double factor) {
        setViewport(viewport.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2));
    }

    public void zoomActual() {
        setViewport(new Viewport(1, viewport.originX(), viewport.originY()));
    }

    public void zoomToFit() {
        double w = canvas.getWidth() > 0 ? canvas.getWidth() : 800;
        double h = canvas.getHeight() > 0 ? canvas.getHeight() : 600;
        setViewport(
                vm.diagram().bounds().map(b -> Viewport.fit(b, w, h)).orElse(Viewport.identity()));
    }

    /** Shows or hides the scroll bars and the minimap (hidden in presentation mode). */
    public void setChromeVisible(boolean visible) {
        setBottom(visible ? hbar : null);
        setRight(visible ? vbar : null);
        minimap.setAllowed(visible);
        repaint();
    }

    /** The width of the diagram on screen, in pixels. */
    public double viewWidth() {
        return canvas.getWidth();
    }

    /** The height of the diagram on screen, in pixels. */
    public double viewHeight() {
        return canvas.getHeight();
    }

    /** Runs {@code action} whenever the diagram's size on screen changes. */
    public void onViewResized(Runnable action) {
        canvas.widthProperty().addListener(o -> action.run());
        canvas.heightProperty().addListener(o -> action.run());
    }

    public void setViewport(Viewport v) {
        viewport = v;
        repaint();
    }

    private void scrollTo(double x, double y) {
        if (!updatingBars) {
            setViewport(new Viewport(viewport.scale(), x, y));
        }
    }

    // --- painting ---

    private PaintStyle style() {
        return dark.get() ? PaintStyle.DARK : PaintStyle.LIGHT;
    }

    /** Clears the canvas and sets the lab-to-screen transform; returns the visible lab area. */
    private Rect begin(GraphicsContext gc) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(Color.web(style().background()));
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double s = viewport.scale();
        gc.setTransform(s, 0, 0, s, -viewport.originX() * s, -viewport.originY() * s);
        return viewport.visible(canvas.getWidth(), canvas.getHeight());
    }

    public void repaint() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0 || vm.diagram() == null) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Rect visible = begin(gc);
        FxSurface surface = new FxSurface(gc, fontFamily, viewport.scale());
        DiagramPainter.Overlay overlay = overlay();
        if (dragBackground != null) {
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.drawImage(dragBackground, 0, 0);
            double s = viewport.scale();
            gc.setTransform(s, 0, 0, s, -viewport.originX() * s, -viewport.originY() * s);
            painter.paint(
                    vm.diagram(),
                    overlay,
                    style(),
                    visible,
                    surface,
                    DiagramPainter.Layer.only(dragLayer));
        } else {
            paintGrid(gc, visible);
            painter.paint(vm.diagram(), overlay, style(), visible, surface);
        }
        if (gesture.isEmpty()) {
            connectHandle.paint(vm.diagram(), surface, viewport.scale());
        }
        gesture.ifPresent(g -> g.paintOverlay(surface, viewport.scale()));
        connectTool.paint(surface, viewport.scale());
        gc.setTransform(1, 0, 0, 1, 0, 0);
        updateScrollBars(visible);
        minimap.paint(vm.diagram(), viewport, canvas.getWidth(), canvas.getHeight(), style());
        overlays.forEach(Runnable::run);
    }

    private DiagramPainter.Overlay overlay() {
        return new DiagramPainter.Overlay(vm.selection(), vm.problemMarkersProperty().get());
    }

    /**
     * Paints everything but the components about to move, once, and keeps the picture: each frame
     * of the drag then paints only what moves over it.
     */
    void beginDragLayer(Set<String> ids) {
        dragLayer = new HashSet<>(ids);
        dragLayer.addAll(Containment.descendants(vm.lab(), ids));
        dragLayer.addAll(vm.diagram().framedBy(ids));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Rect visible = begin(gc);
        paintGrid(gc, visible);
        painter.paint(
                vm.diagram(),
                overlay(),
                style(),
                visible,
                new FxSurface(gc, fontFamily, viewport.scale()),
                DiagramPainter.Layer.except(dragLayer));
        gc.setTransform(1, 0, 0, 1, 0, 0);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        dragBackground = canvas.snapshot(params, null);
    }

    void endDragLayer() {
        dragBackground = null;
        dragLayer = Set.of();
    }

    private void paintGrid(GraphicsContext gc, Rect visible) {
        double step = GRID * 4;
        if (viewport.scale() * step < 8) {
            return;
        }
        gc.setStroke(Color.web(style().grid()));
        gc.setLineWidth(1 / viewport.scale());
        gc.setLineDashes(null);
        for (double x = Math.floor(visible.x() / step) * step; x < visible.maxX(); x += step) {
            gc.strokeLine(x, visible.y(), x, visible.maxY());
        }
        for (double y = Math.floor(visible.y() / step) * step; y < visible.maxY(); y += step) {
            gc.strokeLine(visible.x(), y, visible.maxX(), y);
        }
    }

    private void updateScrollBars(Rect visible) {
        Rect content =
                vm.diagram().bounds().map(b -> b.inflate(200)).orElse(visible).union(visible);
        updatingBars = true;
        hbar.setMin(content.x());
        hbar.setMax(Math.max(content.x(), content.maxX() - visible.width()));
        hbar.setVisibleAmount(visible.width());
        hbar.setValue(visible.x());
        vbar.setMin(content.y());
        vbar.setMax(Math.max(content.y(), content.maxY() - visible.height()));
        vbar.setVisibleAmount(visible.height());
        vbar.setValue(visible.y());
        updatingBars = false;
    }

    // --- hints ---

    /** Shows a short text at the pointer (why a drop or move was refused). */
    public void showHint(String text, double sceneX, double sceneY) {
        Point2D p = layer.sceneToLocal(sceneX, sceneY);
        hint.setText(text);
        // Beside the pointer, but kept inside the canvas: near the right edge the reason was cut
        // off by the inspector ("An endpoint service need"); a long one wraps.
        hint.setWrapText(true);
        double room = Math.max(120, layer.getWidth() - 8);
        hint.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        hint.applyCss();
        double w = Math.min(hint.prefWidth(-1), room);
        hint.setPrefWidth(w); // the pane sizes its children to their preferred size
        double h = hint.prefHeight(w);
        double x = Math.max(4, Math.min(p.getX() + 14, layer.getWidth() - w - 4));
        double y = p.getY() + 14 + h > layer.getHeight() - 4 ? p.getY() - h - 8 : p.getY() + 14;
        hint.relocate(x, Math.max(4, y));
        hint.setVisible(true);
        hint.toFront();
        hintTimer.playFromStart();
    }

    public Label hintLabel() {
        return hint;
    }

    // --- mouse and keys ---

    private Point labPoint(MouseEvent e) {
        return viewport.toLab(e.getX(), e.getY());
    }

    /** Shows the connection handle of the component under the pointer. */
    private void moved(MouseEvent e) {
        if (gesture.isPresent()) {
            return;
        }
        Point at = labPoint(e);
        boolean repaint = connectHandle.hover(vm.diagram(), at, viewport.scale());
        if (connectTool.pointerAt(at) || repaint) {
            repaint();
        }
        boolean onHandle = connectHandle.grabbedAt(vm.diagram(), at, viewport.scale()).isPresent();
        if (onHandle && canvas.getCursor() != Cursor.CROSSHAIR) {
            showHint(vm.text().get("canvas.connectHandle"), e.getSceneX(), e.getSceneY());
        }
        boolean connecting =
                connectTool.onProperty().get() && vm.diagram().componentAt(at).isPresent();
        canvas.setCursor(
                onHandle || connecting || connectTool.armed().isPresent()
                        ? Cursor.CROSSHAIR
                        : Cursor.DEFAULT);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (contextMenu != null) {
            contextMenu.hide();
        }
        gesture.ifPresent(Gesture::cancel);
        gesture = gestureFor(e);
    }

    private Optional<Gesture> gestureFor(MouseEvent e) {
        Point at = labPoint(e);
        if (e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            return Optional.of(new Gestures.Pan(this, e));
        }
        Optional<String> hit = vm.diagram().componentAt(at);
        if (e.getButton() == MouseButton.SECONDARY) {
            // Monocle never sends CONTEXT_MENU_REQUESTED for a robot click, so open it here.
            if (hit.isPresent() && !vm.selection().contains(hit.get())) {
                vm.select(Selection.of(hit.get()));
            }
            if (contextMenu != null) {
                contextMenu.show(canvas, e.getScreenX(), e.getScreenY());
            }
            return Optional.empty();
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return Optional.empty();
        }
        if (connectTool.armed().isPresent()) {
            // The second click of click-then-click.
            connectTool
                    .secondClick(hit, e.isShiftDown())
                    .ifPresent(m -> showHint(m, e.getSceneX(), e.getSceneY()));
            repaint();
            return Optional.empty();
        }
        Optional<String> handle = resizeHandleAt(at);
        if (handle.isPresent()) {
            return Optional.of(new Gestures.Resize(this, vm, handle.get(), at));
        }
        Optional<String> handleOf = connectHandle.grabbedAt(vm.diagram(), at, viewport.scale());
        if (handleOf.isPresent()) {
            return Optional.of(new Gestures.Connect(this, vm, handleOf.get(), at));
        }
        if (hit.isEmpty()) {
            if (!e.isShiftDown()) {
                vm.select(Selection.empty());
            }
            return Optional.of(new Gestures.RubberBand(this, vm, at, e.isShiftDown()));
        }
        if (connectTool.onProperty().get() || e.isAltDown()) {
            return Optional.of(new Gestures.Connect(this, vm, hit.get(), at));
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            vm.select(vm.selection().toggle(hit.get()));
            return Optional.empty();
        }
        if (!vm.selection().contains(hit.get())) {
            vm.select(Selection.of(hit.get()));
        }
        return Optional.of(new Gestures.Move(this, vm, at, hit.get()));
    }

    private Optional<String> resizeHandleAt(Point p) {
        double r = DiagramPainter.HANDLE / viewport.scale();
        for (String id : vm.selection().ids()) {
            Optional<Rect> box = vm.diagram().box(id);
            boolean container =
                    vm.lab()
                            .component(id)
                            .map(c -> Containment.isContainer(c.kind()))
                            .orElse(false);
            if (container
                    && box.isPresent()
                    && Math.abs(p.x() - box.get().maxX()) <= r
                    && Math.abs(p.y() - box.get().maxY()) <= r) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 0 || e.isInertia()) {
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            setViewport(viewport.panBy(e.getDeltaX(), e.getDeltaY()));
        } else if (e.getDeltaY() != 0) {
            setViewport(viewport.zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY()));
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        setViewport(viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double step = e.isShiftDown() ? 1 : GRID;
        switch (e.getCode()) {
            case SPACE -> spaceDown = true;
            case LEFT -> vm.nudge(-step, 0);
            case RIGHT -> vm.nudge(step, 0);
            case UP -> vm.nudge(0, -step);
            case DOWN -> vm.nudge(0, step);
            case ESCAPE -> {
                if (gesture.isEmpty() && connectTool.escape()) {
                    repaint();
                    break;
                }
                gesture.ifPresent(Gesture::cancel);
                gesture = Optional.empty();
                vm.select(Selection.empty());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // --- drops from the palette and the file manager ---

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        } else if (kindOf(e).isPresent()) {
            keepHint = false;
            Point p = viewport.toLab(e.getX(), e.getY());
            Optional<String> container =
                    dev.vpclab.edit.AddComponent.containerFor(vm.diagram(), kindOf(e).get(), p);
            Optional<Message> refusal = Containment.refusal(vm.lab(), kindOf(e).get(), container);
            e.acceptTransferModes(TransferMode.COPY);
            if (refusal.isPresent()) {
                showHint(vm.text().render(refusal.get()), e.getSceneX(), e.getSceneY());
            } else {
                hint.setVisible(false);
            }
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            fileDropHandler.accept(e.getDragboard().getFiles().get(0));
            done = true;
        } else if (kindOf(e).isPresent()) {
            done =
                    vm.drop(
                            kindOf(e).get(),
                            viewport.toLab(e.getX(), e.getY()),
                            Optional.of(viewport.visible(canvas.getWidth(), canvas.getHeight())));
            if (!done) {
                keepHint = true;
                showHint(vm.statusProperty().get(), e.getSceneX(), e.getSceneY());
            } else {
                // With no free room on screen the new box goes to the nearest free spot, which
                // may be off screen: the view follows it, so the drop is never lost from sight.
                vm.selection()
                        .single()
                        .flatMap(id -> vm.diagram().box(id))
                        .ifPresent(
                                b ->
                                        setViewport(
                                                viewport.reveal(
                                                        b,
                                                        canvas.getWidth(),
                                                        canvas.getHeight(),
                                                        16)));
            }
        }
        e.setDropCompleted(done);
        e.consume();
        canvas.requestFocus();
    }

    private static Optional<ComponentKind> kindOf(DragEvent e) {
        String s = e.getDragboard().getString();
        if (s == null || !s.startsWith(KIND_PREFIX)) {
            return Optional.empty();
        }
        return ComponentKind.fromFileName(s.substring(KIND_PREFIX.length()));
    }
}
