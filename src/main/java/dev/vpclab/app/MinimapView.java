package dev.vpclab.app;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.paint.PaintStyle;
import dev.vpclab.paint.Viewport;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The minimap: the whole lab in small with the visible area marked, shown when the lab does not fit
 * in the canvas. Clicking or dragging in it moves the view there.
 */
final class MinimapView extends Canvas {
    private double originX;
    private double originY;
    private double factor = 1;
    private Viewport viewport = Viewport.identity();
    private double canvasWidth;
    private double canvasHeight;
    private Consumer<Viewport> onMove = v -> {};

    /** False in presentation mode: then the minimap never shows, whatever the view. */
    private boolean allowed = true;

    MinimapView() {
        super(200, 140);
        setId("minimap");
        setManaged(false);
        setOnMousePressed(this::moveTo);
        setOnMouseDragged(this::moveTo);
    }

    /** Allows or forbids showing; a repaint would otherwise show it again while the lab is cut. */
    void setAllowed(boolean allowed) {
        this.allowed = allowed;
        if (!allowed) {
            setVisible(false);
        }
    }

    void setOnMove(Consumer<Viewport> handler) {
        onMove = handler;
    }

    /** Paints the lab and the visible area; hides itself when everything is in view. */
    void paint(Diagram diagram, Viewport v, double width, double height, PaintStyle style) {
        viewport = v;
        canvasWidth = width;
        canvasHeight = height;
        Rect visible = v.visible(width, height);
        Optional<Rect> bounds = diagram.bounds();
        Optional<Rect> place =
                allowed && bounds.isPresent() && !visible.contains(bounds.get())
                        ? MinimapPlacement.place(diagram, v, width, height)
                        : Optional.empty();
        setVisible(place.isPresent());
        if (place.isEmpty()) {
            return;
        }
        setWidth(place.get().width());
        setHeight(place.get().height());
        relocate(place.get().x(), place.get().y());
        Rect all = bounds.get().union(visible);
        factor = Math.min(getWidth() / all.width(), getHeight() / all.height());
        originX = all.x();
        originY = all.y();
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.web(style.nodeFill(), 0.92));
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.web(style.nodeStroke()));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
        g.setFill(Color.web("#8C4FFF", 0.35));
        for (Rect r : diagram.boxes().values()) {
            g.fillRect(
                    (r.x() - originX) * factor,
                    (r.y() - originY) * factor,
                    Math.max(1, r.width() * factor),
                    Math.max(1, r.height() * factor));
        }
        g.setStroke(Color.web(style.selection()));
        g.strokeRect(
                (visible.x() - originX) * factor,
                (visible.y() - originY) * factor,
                visible.width() * factor,
                visible.height() * factor);
    }

    private void moveTo(MouseEvent e) {
        double labX = originX + e.getX() / factor;
        double labY = originY + e.getY() / factor;
        Rect v = viewport.visible(canvasWidth, canvasHeight);
        onMove.accept(new Viewport(viewport.scale(), labX - v.width() / 2, labY - v.height() / 2));
        e.consume();
    }
}
