package dev.vpclab.app;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.DrawingSurface;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/** The canvas's gestures: move, resize, rubber band, connect and pan. */
final class Gestures {
    private Gestures() {}

    /** Drags the selection (containers take their contents); refused moves snap back. */
    static final class Move implements Gesture {
        private final CanvasView canvas;
        private final EditorViewModel vm;
        private final Lab committed;
        private final Point start;
        private final Set<String> ids;
        private final String clicked;
        private boolean moved;

        Move(CanvasView canvas, EditorViewModel vm, Point start, String clicked) {
            this.clicked = clicked;
            this.canvas = canvas;
            this.vm = vm;
            this.committed = vm.lab();
            this.start = start;
            this.ids = vm.selection().ids();
        }

        @Override
        public void drag(Point at, MouseEvent e) {
            if (!moved) {
                moved = true;
                canvas.beginDragLayer(ids);
            }
            double dx = canvas.snap(at.x() - start.x());
            double dy = canvas.snap(at.y() - start.y());
            vm.preview(LayoutEdits.preview(committed, ids, dx, dy));
        }

        @Override
        public void release(Point at, MouseEvent e) {
            canvas.endDragLayer();
            double dx = canvas.snap(at.x() - start.x());
            double dy = canvas.snap(at.y() - start.y());
            if (dx == 0 && dy == 0) {
                vm.cancelPreview();
                // A click without a drag on one of several selected picks that one.
                vm.select(Selection.of(clicked));
                return;
            }
            EditAttempt a = LayoutEdits.move(committed, ids, dx, dy);
            if (!vm.commitPreview(a)) {
                a.refusal()
                        .ifPresent(
                                m ->
                                        canvas.showHint(
                                                vm.text().render(m), e.getSceneX(), e.getSceneY()));
            }
        }

        @Override
        public void cancel() {
            canvas.endDragLayer();
            vm.cancelPreview();
        }
    }

    /** Drags a container's corner handle; the box stays around its contents. */
    static final class Resize implements Gesture {
        private final CanvasView canvas;
        private final EditorViewModel vm;
        private final Lab committed;
        private final String id;
        private final Rect startBox;
        private final Point start;

        Resize(CanvasView canvas, EditorViewModel vm, String id, Point start) {
            this.canvas = canvas;
            this.vm = vm;
            this.committed = vm.lab();
            this.id = id;
            this.startBox = vm.diagram().box(id).orElseThrow();
            this.start = start;
        }

        private Rect proposed(Point at) {
            return new Rect(
                    startBox.x(),
                    startBox.y(),
                    Math.max(20, canvas.snap(startBox.width() + at.x() - start.x())),
                    Math.max(20, canvas.snap(startBox.height() + at.y() - start.y())));
        }

        @Override
        public void drag(Point at, MouseEvent e) {
            LayoutEdits.resize(committed, id, proposed(at))
                    .allowedEdit()
                    .ifPresent(edit -> vm.preview(edit.apply(committed)));
        }

        @Override
        public void release(Point at, MouseEvent e) {
            vm.commitPreview(LayoutEdits.resize(committed, id, proposed(at)));
        }

        @Override
        public void cancel() {
            vm.cancelPreview();
        }
    }

    /** Selects what lies wholly inside a dragged rectangle (shift adds to the selection). */
    static final class RubberBand implements Gesture {
        private final CanvasView canvas;
        private final EditorViewModel vm;
        private final Point start;
        private final Selection base;
        private Point end;

        RubberBand(CanvasView canvas, EditorViewModel vm, Point start, boolean additive) {
            this.canvas = canvas;
            this.vm = vm;
            this.start = start;
            this.end = start;
            this.base = additive ? vm.selection() : Selection.empty();
        }

        @Override
        public void drag(Point at, MouseEvent e) {
            end = at;
            canvas.repaint();
        }

        @Override
        public void release(Point at, MouseEvent e) {
            Rect band = Rect.spanning(start, at);
            end = start;
            if (band.width() > 2 || band.height() > 2) {
                Set<String> ids = new LinkedHashSet<>(base.ids());
                ids.addAll(vm.diagram().componentsIn(band));
                vm.select(Selection.of(ids));
            }
            canvas.repaint();
        }

        @Override
        public void paintOverlay(DrawingSurface s, double scale) {
            Rect band = Rect.spanning(start, end);
            if (band.width() > 0 || band.height() > 0) {
                s.rect(
                        band.x(),
                        band.y(),
                        band.width(),
                        band.height(),
                        0,
                        "#0972D322",
                        "#0972D3",
                        1 / scale,
                        true);
            }
        }
    }

    /** Draws a line from one component to another; what it means is up to {@link Connections}. */
    static final class Connect implements Gesture {
        private final CanvasView canvas;
        private final EditorViewModel vm;
        private final String from;
        private Point end;

        Connect(CanvasView canvas, EditorViewModel vm, String from, Point start) {
            this.canvas = canvas;
            this.vm = vm;
            this.from = from;
            this.end = start;
        }

        @Override
        public void drag(Point at, MouseEvent e) {
            end = at;
            canvas.repaint();
        }

        @Override
        public void release(Point at, MouseEvent e) {
            end = null;
            Optional<String> to = vm.diagram().componentAt(at);
            if (to.isPresent() && !to.get().equals(from)) {
                canvas.connectTool()
                        .connect(from, to.get(), e.isShiftDown())
                        .ifPresent(m -> canvas.showHint(m, e.getSceneX(), e.getSceneY()));
            } else if (to.isPresent()) {
                // Pressed and released on the same component: a click, so the line waits for a
                // click on the second component.
                canvas.connectTool().arm(from);
            }
            canvas.repaint();
        }

        @Override
        public void paintOverlay(DrawingSurface s, double scale) {
            if (end != null) {
                vm.diagram()
                        .box(from)
                        .ifPresent(
                                b ->
                                        s.line(
                                                b.center().x(),
                                                b.center().y(),
                                                end.x(),
                                                end.y(),
                                                "#0972D3",
                                                2 / scale,
                                                true));
            }
        }
    }

    /** Moves the view (space-drag or the middle button). */
    static final class Pan implements Gesture {
        private final CanvasView canvas;
        private double x;
        private double y;

        Pan(CanvasView canvas, MouseEvent pressed) {
            this.canvas = canvas;
            this.x = pressed.getX();
            this.y = pressed.getY();
        }

        @Override
        public void drag(Point at, MouseEvent e) {
            canvas.setViewport(canvas.viewport().panBy(e.getX() - x, e.getY() - y));
            x = e.getX();
            y = e.getY();
        }

        @Override
        public void release(Point at, MouseEvent e) {}
    }
}
