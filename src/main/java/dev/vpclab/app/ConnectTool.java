package dev.vpclab.app;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.Point;
import dev.vpclab.paint.DrawingSurface;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The toolbar's Connect tool, used click-then-click as well as by dragging: a click on a component
 * arms it (the status bar says what to do next, a line follows the pointer), a click on a second
 * component connects the two. Window managers take Alt-drag and a trackpad drag is clumsy, so two
 * clicks are the way that always works. The tool switches itself off after one connection unless
 * Shift is held on the last click, as in drawing programs; Esc cancels the armed end, then the
 * tool.
 */
final class ConnectTool {
    private final EditorViewModel vm;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private Optional<String> armed = Optional.empty();
    private Point pointer;

    ConnectTool(EditorViewModel vm) {
        this.vm = vm;
        on.addListener(
                (o, was, now) -> {
                    armed = Optional.empty();
                    vm.setStatus(now ? vm.text().get("connect.start") : "");
                });
        // an undo, a delete or another lab can take the armed end away: the second click must
        // not connect a component that is gone
        vm.labProperty()
                .addListener(
                        (o, was, now) -> armed = armed.filter(id -> now.component(id).isPresent()));
    }

    /** Whether the tool is on (bound to the toolbar's toggle button). */
    BooleanProperty onProperty() {
        return on;
    }

    /** The component whose line waits for its second end, if one was clicked. */
    Optional<String> armed() {
        return armed;
    }

    /** A click on {@code id} that did not drag to another component: it becomes the first end. */
    void arm(String id) {
        armed = Optional.of(id);
        vm.setStatus(vm.text().get("connect.armed", id));
    }

    /**
     * A press while an end is armed: on another component it connects the two (a refusal is
     * returned to show at the pointer), anywhere else it cancels.
     */
    Optional<String> secondClick(Optional<String> hit, boolean shift) {
        String from = armed.orElseThrow();
        armed = Optional.empty();
        if (hit.isEmpty() || hit.get().equals(from)) {
            vm.setStatus(vm.text().get("connect.cancelled"));
            return Optional.empty();
        }
        return connect(from, hit.get(), shift);
    }

    /** Connects two components as one undoable edit; the reason in words when AWS refuses. */
    Optional<String> connect(String from, String to, boolean shift) {
        EditAttempt a = Connections.connect(vm.lab(), from, to);
        if (!vm.attempt(a)) {
            return a.refusal().map(m -> vm.text().render(m));
        }
        if (on.get() && !shift) {
            String done = vm.statusProperty().get();
            on.set(false);
            vm.setStatus(done); // the edit's label ("Connect a to b"), not an empty bar
        } else if (on.get()) {
            vm.setStatus(vm.statusProperty().get() + " · " + vm.text().get("connect.start"));
        }
        return Optional.empty();
    }

    /** Esc: drops the armed end first, then the tool; false when there was nothing to cancel. */
    boolean escape() {
        if (armed.isPresent()) {
            armed = Optional.empty();
            vm.setStatus(vm.text().get("connect.start"));
            return true;
        }
        if (on.get()) {
            on.set(false);
            return true;
        }
        return false;
    }

    /** The pointer moved (lab coordinates): the armed line follows it. */
    boolean pointerAt(Point at) {
        pointer = at;
        return armed.isPresent();
    }

    /** The line from the armed component to the pointer. */
    void paint(DrawingSurface s, double scale) {
        if (armed.isEmpty() || pointer == null) {
            return;
        }
        vm.diagram()
                .box(armed.get())
                .ifPresent(
                        b ->
                                s.line(
                                        b.center().x(),
                                        b.center().y(),
                                        pointer.x(),
                                        pointer.y(),
                                        "#0972D3",
                                        2 / scale,
                                        true));
    }
}
