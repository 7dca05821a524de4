package dev.vpclab.app;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.paint.IconSet;
import dev.vpclab.paint.PaintStyle;
import dev.vpclab.paint.Viewport;
import java.io.File;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
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
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * The diagram canvas: paints the lab through {@link DiagramPainter} and turns mouse and keys into
 * gestures (select, rubber band, move, resize, connect, pan, zoom, drop from the palette). Each
 * gesture previews on the canvas and commits one edit on release.
 */
public final class CanvasView extends BorderPane {
    /** The data format of a palette drag: {@code vpclab-kind:<kind>}. */
    public static final String KIND_PREFIX = "vpclab-kind:";

    private static final double GRID = 8;

    private final EditorViewModel vm;
    private final Canvas canvas = new Canvas(800, 600);
    private final Pane layer = new Pane(canvas);
    private final Canvas minimap = new Canvas(200, 140);
    private final Label hint = new Label();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final DiagramPainter painter = new DiagramPainter(IconSet.shared());
    private final PauseTransition hintTimer = new PauseTransition(Duration.seconds(4));
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    private final BooleanProperty connectMode = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private Viewport viewport = new Viewport(1, 0, 0);
    private Gesture gesture = Gesture.NONE;
    private Point pressLab;
    private double pressX;
    private double pressY;
    private Point currentLab;
    private Optional<String> pressed = Optional.empty();
    private Rect resizeStart;
    private boolean spaceDown;
    // A refused drop leaves its reason up after the drag ends.
    private boolean keepHint;
    private boolean updatingBars;
    private Consumer<File> fileDropHandler = f -> {};
    private ContextMenu contextMenu;
    private String fontFamily = "System";
    // Layers drawn over the diagram (the packet walk), told after each repaint.
    private final java.util.List<Runnable> overlays = new java.util.ArrayList<>();

    private enum Gesture {
        NONE,
        MOVE,
        RESIZE,
        RUBBER_BAND,
        CONNECT,
        PAN
    }

    public CanvasView(EditorViewModel vm) {
        this.vm = vm;
        setId("canvas");
        canvas.setId("diagram");
        canvas.setFocusTraversable(true);
        layer.setMinSize(100, 100);
        canvas.widthProperty().bind(layer.widthProperty());
        canvas.heightProperty().bind(layer.heightProperty());
        hint.getStyleClass().add("canvas-hint");
        hint.setId("canvas-hint");
        hint.setVisible(false);
        hint.setMouseTransparent(true);
        hint.setStyle(
                "-fx-background-color: #16191FE0; -fx-text-fill: white; -fx-padding: 4 8; -fx-background-radius: 4;");
        minimap.setId("minimap");
        minimap.setManaged(false);
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
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        canvas.setOnKeyPressed(this::keyPressed);
        canvas.setOnKeyReleased(
                e -> {
                    if (e.getCode() == KeyCode.SPACE) {
                        spaceDown = false;
                    }
                });
        canvas.setOnDragOver(this::dragOver);
        canvas.setOnDragDropped(this::dragDropped);
        canvas.setOnDragExited(
                e -> {
                    if (!keepHint) {
                        hint.setVisible(false);
                    }
                });
        minimap.setOnMousePressed(this::minimapClicked);
        minimap.setOnMouseDragged(this::minimapClicked);
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty connectModeProperty() {
        return connectMode;
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
     * Adds a layer over the diagram, sized to it; {@code onRepaint} runs after each repaint so the
     * layer follows zoom, scroll and edits.
     */
    public void addOverlay(javafx.scene.layout.Region overlay, Runnable onRepaint) {
        overlay.prefWidthProperty().bind(layer.widthProperty());
        overlay.prefHeightProperty().bind(layer.heightProperty());
        layer.getChildren().add(1, overlay);
        overlays.add(onRepaint);
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The screen point (in the canvas) of a lab point, for tests and tooltips. */
    public javafx.geometry.Point2D toScreen(Point p) {
        return canvas.localToScreen(viewport.toScreenX(p.x()), viewport.toScreenY(p.y()));
    }

    // --- zoom and pan ---

    public void zoomBy(double factor) {
        setViewport(viewport.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2));
    }

    public void zoomActual() {
        setViewport(new Viewport(1, viewport.originX(), viewport.originY()));
    }

    public void zoomToFit() {
        Optional<Rect> bounds = vm.diagram().bounds();
        double w = canvas.getWidth() > 0 ? canvas.getWidth() : 800;
        double h = canvas.getHeight() > 0 ? canvas.getHeight() : 600;
        setViewport(bounds.map(b -> Viewport.fit(b, w, h)).orElse(Viewport.identity()));
    }

    public void setViewport(Viewport v) {
        viewport = v;
        repaint();
    }

    private void scrollTo(double x, double y) {
        if (!updatingBars) {
            viewport = new Viewport(viewport.scale(), x, y);
            repaint();
        }
    }

    // --- painting ---

    public void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0 || vm.diagram() == null) {
            return;
        }
        PaintStyle style = dark.get() ? PaintStyle.DARK : PaintStyle.LIGHT;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(Color.web(style.background()));
        gc.fillRect(0, 0, w, h);
        double s = viewport.scale();
        gc.setTransform(s, 0, 0, s, -viewport.originX() * s, -viewport.originY() * s);
        Rect visible = viewport.visible(w, h);
        paintGrid(gc, visible, style);
        FxSurface surface = new FxSurface(gc, fontFamily);
        painter.paint(
                vm.diagram(),
                new DiagramPainter.Overlay(vm.selection(), vm.problemMarkersProperty().get()),
                style,
                visible,
                surface);
        if (gesture == Gesture.RUBBER_BAND && currentLab != null) {
            Rect band = Rect.spanning(pressLab, currentLab);
            surface.rect(
                    band.x(),
                    band.y(),
                    band.width(),
                    band.height(),
                    0,
                    "#0972D322",
                    style.selection(),
                    1 / s,
                    true);
        }
        if (gesture == Gesture.CONNECT && currentLab != null && pressed.isPresent()) {
            Point from = vm.diagram().box(pressed.get()).map(Rect::center).orElse(pressLab);
            surface.line(
                    from.x(),
                    from.y(),
                    currentLab.x(),
                    currentLab.y(),
                    style.selection(),
                    2 / s,
                    true);
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        updateScrollBars(visible);
        paintMinimap(visible, style);
        overlays.forEach(Runnable::run);
    }

    private void paintGrid(GraphicsContext gc, Rect visible, PaintStyle style) {
        double step = GRID * 4;
        if (viewport.scale() * step < 8) {
            return;
        }
        gc.setStroke(Color.web(style.grid()));
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

    private void paintMinimap(Rect visible, PaintStyle style) {
        Optional<Rect> bounds = vm.diagram().bounds();
        boolean show = bounds.isPresent() && !visible.contains(bounds.get());
        minimap.setVisible(show);
        if (!show) {
            return;
        }
        minimap.relocate(
                canvas.getWidth() - minimap.getWidth() - 12,
                canvas.getHeight() - minimap.getHeight() - 12);
        Rect all = bounds.get().union(visible);
        double k = Math.min(minimap.getWidth() / all.width(), minimap.getHeight() / all.height());
        GraphicsContext g = minimap.getGraphicsContext2D();
        g.setFill(Color.web(style.nodeFill(), 0.92));
        g.fillRect(0, 0, minimap.getWidth(), minimap.getHeight());
        g.setStroke(Color.web(style.nodeStroke()));
        g.strokeRect(0.5, 0.5, minimap.getWidth() - 1, minimap.getHeight() - 1);
        g.setFill(Color.web("#8C4FFF", 0.35));
        for (Rect r : vm.diagram().boxes().values()) {
            g.fillRect(
                    (r.x() - all.x()) * k,
                    (r.y() - all.y()) * k,
                    Math.max(1, r.width() * k),
                    Math.max(1, r.height() * k));
        }
        g.setStroke(Color.web(style.selection()));
        g.strokeRect(
                (visible.x() - all.x()) * k,
                (visible.y() - all.y()) * k,
                visible.width() * k,
                visible.height() * k);
        minimap.setUserData(new double[] {all.x(), all.y(), k});
    }

    private void minimapClicked(MouseEvent e) {
        if (minimap.getUserData() instanceof double[] m) {
            double labX = m[0] + e.getX() / m[2];
            double labY = m[1] + e.getY() / m[2];
            Rect v = viewport.visible(canvas.getWidth(), canvas.getHeight());
            setViewport(
                    new Viewport(viewport.scale(), labX - v.width() / 2, labY - v.height() / 2));
        }
        e.consume();
    }

    // --- hints ---

    /** Shows a short text at the pointer (why a drop or move was refused). */
    public void showHint(String text, double sceneX, double sceneY) {
        javafx.geometry.Point2D p = layer.sceneToLocal(sceneX, sceneY);
        hint.setText(text);
        hint.relocate(p.getX() + 14, p.getY() + 14);
        hint.setVisible(true);
        hint.toFront();
        hintTimer.playFromStart();
    }

    public Label hintLabel() {
        return hint;
    }

    // --- mouse ---

    private Point labPoint(MouseEvent e) {
        return viewport.toLab(e.getX(), e.getY());
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (contextMenu != null) {
            contextMenu.hide();
        }
        pressX = e.getX();
        pressY = e.getY();
        pressLab = labPoint(e);
        currentLab = pressLab;
        Diagram d = vm.diagram();
        if (e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            return;
        }
        pressed = d.componentAt(pressLab);
        if (e.getButton() == MouseButton.SECONDARY) {
            // Monocle never sends CONTEXT_MENU_REQUESTED for a robot click, so open it here.
            if (pressed.isPresent() && !vm.selection().contains(pressed.get())) {
                vm.select(Selection.of(pressed.get()));
            }
            if (contextMenu != null) {
                contextMenu.show(canvas, e.getScreenX(), e.getScreenY());
            }
            gesture = Gesture.NONE;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<String> handle = resizeHandleAt(pressLab);
        if (handle.isPresent()) {
            gesture = Gesture.RESIZE;
            pressed = handle;
            resizeStart = d.box(handle.get()).orElseThrow();
            return;
        }
        if (pressed.isEmpty()) {
            if (!e.isShiftDown()) {
                vm.select(Selection.empty());
            }
            gesture = Gesture.RUBBER_BAND;
            return;
        }
        if (connectMode.get() || e.isAltDown()) {
            gesture = Gesture.CONNECT;
            return;
        }
        String id = pressed.get();
        if (e.isShiftDown() || e.isShortcutDown()) {
            vm.select(vm.selection().toggle(id));
            gesture = Gesture.NONE;
            return;
        }
        if (!vm.selection().contains(id)) {
            vm.select(Selection.of(id));
        }
        gesture = Gesture.MOVE;
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

    private double snap(double v) {
        return snapToGrid.get() ? Math.round(v / GRID) * GRID : v;
    }

    private void dragged(MouseEvent e) {
        currentLab = labPoint(e);
        double dx = currentLab.x() - pressLab.x();
        double dy = currentLab.y() - pressLab.y();
        switch (gesture) {
            case PAN -> {
                setViewport(viewport.panBy(e.getX() - pressX, e.getY() - pressY));
                pressX = e.getX();
                pressY = e.getY();
            }
            case MOVE ->
                    vm.preview(
                            LayoutEdits.preview(
                                    vm.diagram().lab() == null ? vm.lab() : committedLab(),
                                    vm.selection().ids(),
                                    snap(dx),
                                    snap(dy)));
            case RESIZE -> {
                Rect proposed =
                        new Rect(
                                resizeStart.x(),
                                resizeStart.y(),
                                Math.max(20, snap(resizeStart.width() + dx)),
                                Math.max(20, snap(resizeStart.height() + dy)));
                Lab base = committedLab();
                Rect r = LayoutEdits.constrainResize(base, pressed.get(), proposed);
                LayoutEdits.resize(base, pressed.get(), r)
                        .allowedEdit()
                        .ifPresent(edit -> vm.preview(edit.apply(base)));
            }
            case RUBBER_BAND, CONNECT -> repaint();
            default -> {}
        }
    }

    private Lab committedLab;

    /** The lab as it was when the gesture started (previews are made from it). */
    private Lab committedLab() {
        return committedLab;
    }

    private void released(MouseEvent e) {
        currentLab = labPoint(e);
        double dx = snap(currentLab.x() - pressLab.x());
        double dy = snap(currentLab.y() - pressLab.y());
        Gesture g = gesture;
        gesture = Gesture.NONE;
        switch (g) {
            case MOVE -> {
                if (dx == 0 && dy == 0) {
                    vm.cancelPreview();
                    return;
                }
                EditAttempt a = LayoutEdits.move(committedLab, vm.selection().ids(), dx, dy);
                if (!vm.commitPreview(a)) {
                    a.refusal()
                            .ifPresent(
                                    m ->
                                            showHint(
                                                    vm.text().render(m),
                                                    e.getSceneX(),
                                                    e.getSceneY()));
                }
            }
            case RESIZE -> {
                Rect proposed =
                        new Rect(
                                resizeStart.x(),
                                resizeStart.y(),
                                Math.max(
                                        20,
                                        snap(
                                                resizeStart.width()
                                                        + (currentLab.x() - pressLab.x()))),
                                Math.max(
                                        20,
                                        snap(
                                                resizeStart.height()
                                                        + (currentLab.y() - pressLab.y()))));
                vm.commitPreview(LayoutEdits.resize(committedLab, pressed.get(), proposed));
            }
            case RUBBER_BAND -> {
                Rect band = Rect.spanning(pressLab, currentLab);
                if (band.width() > 2 || band.height() > 2) {
                    Selection base = e.isShiftDown() ? vm.selection() : Selection.empty();
                    java.util.Set<String> ids = new java.util.LinkedHashSet<>(base.ids());
                    ids.addAll(vm.diagram().componentsIn(band));
                    vm.select(Selection.of(ids));
                }
                repaint();
            }
            case CONNECT -> {
                Optional<String> target = vm.diagram().componentAt(currentLab);
                if (pressed.isPresent() && target.isPresent() && !target.equals(pressed)) {
                    EditAttempt a = Connections.connect(vm.lab(), pressed.get(), target.get());
                    if (!vm.attempt(a)) {
                        a.refusal()
                                .ifPresent(
                                        m ->
                                                showHint(
                                                        vm.text().render(m),
                                                        e.getSceneX(),
                                                        e.getSceneY()));
                    }
                }
                repaint();
            }
            default -> {}
        }
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
                gesture = Gesture.NONE;
                vm.cancelPreview();
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
            Optional<String> container = vm.diagram().containerAt(p, Set.of());
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
            Point p = viewport.toLab(e.getX(), e.getY());
            done = vm.drop(kindOf(e).get(), p);
            if (!done) {
                keepHint = true;
                showHint(vm.statusProperty().get(), e.getSceneX(), e.getSceneY());
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

    /** Called before a gesture starts so previews are computed from the committed lab. */
    void rememberCommitted() {
        committedLab = vm.lab();
    }

    {
        // Every press starts from the lab as committed, before any preview.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> rememberCommitted());
    }
}
