package dev.vpclab.app;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.edit.AddComponent;
import dev.vpclab.edit.Clipboard;
import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Deletion;
import dev.vpclab.edit.DeletionGuard;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.EditHistory;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the editor window and what the user can do to it: the lab and its undo history, the
 * selection, the problems of the lab (checked in the background), the status line, and the edits of
 * the canvas, menus and keyboard. Holds no controls; views bind to it.
 */
public final class EditorViewModel {
    private final Background background;
    private EditHistory history;
    private AppText text;

    private final ReadOnlyObjectWrapper<Lab> lab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Selection> selection =
            new ReadOnlyObjectWrapper<>(Selection.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Boolean>> problemMarkers =
            new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper fieldToFocus = new ReadOnlyStringWrapper("");
    private Optional<Clipboard.Clip> clip = Optional.empty();
    private boolean previewing;
    private long checksRequested;

    public EditorViewModel(Lab initial, Background background, AppText text) {
        this.background = Objects.requireNonNull(background, "background");
        this.text = Objects.requireNonNull(text, "text");
        reset(initial);
    }

    /** Starts over on another lab (new, open): a fresh history, nothing selected. */
    public void reset(Lab newLab) {
        history = new EditHistory(Objects.requireNonNull(newLab, "lab"));
        resets.set(resets.get() + 1);
        selection.set(Selection.empty());
        previewing = false;
        status.set(""); // what was said about the previous lab is stale now
        refresh();
    }

    /** Starts over on a lab that no file holds yet (an import): unsaved until saved. */
    public void resetUnsaved(Lab newLab) {
        reset(newLab);
        history.markUnsaved();
        refresh();
    }

    public void setText(AppText newText) {
        this.text = Objects.requireNonNull(newText, "text");
        refresh();
    }

    /** Where background work runs (the packet walk traces there too). */
    public Background background() {
        return background;
    }

    public AppText text() {
        return text;
    }

    // --- state ---

    public ReadOnlyObjectProperty<Lab> labProperty() {
        return lab.getReadOnlyProperty();
    }

    public Lab lab() {
        return lab.get();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public Diagram diagram() {
        return diagram.get();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The problems of the current lab, errors first. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Components with problems: true for an error, false for a warning only. */
    public ReadOnlyObjectProperty<Map<String, Boolean>> problemMarkersProperty() {
        return problemMarkers.getReadOnlyProperty();
    }

    public void setStatus(String message) {
        status.set(message);
    }

    public void setStatus(Message message) {
        status.set(text.render(message));
    }

    // --- selection ---

    /**
     * Selects a component and asks the inspector to put the cursor in one of its fields (a
     * problem's field such as {@code routes[2].target} focuses {@code routes}).
     */
    public void reveal(String id, Optional<String> field) {
        select(Selection.of(id));
        fieldToFocus.set("");
        field.map(f -> f.split("[\\[.]")[0]).ifPresent(fieldToFocus::set);
    }

    /** The field the inspector should focus ("" for none). */
    public ReadOnlyStringProperty fieldToFocusProperty() {
        return fieldToFocus.getReadOnlyProperty();
    }

    public void select(Selection s) {
        selection.set(
                s.retainAll(
                        lab().components().stream()
                                .map(Component::id)
                                .collect(Collectors.toSet())));
    }

    public void selectAll() {
        select(Selection.of(lab().components().stream().map(Component::id).toList()));
    }

    // --- edits ---

    /** Applies an allowed edit, or shows the reason it was refused; true when applied. */
    public boolean attempt(EditAttempt a) {
        if (a instanceof EditAttempt.Refused r) {
            setStatus(r.reason());
            return false;
        }
        apply(((EditAttempt.Allowed) a).edit());
        return true;
    }

    public void apply(LabEdit edit) {
        cancelPreview();
        if (history.apply(edit)) {
            setStatus(edit.label());
        }
        refresh();
    }

    /** Shows a lab while a gesture is under way, without recording it. */
    public void preview(Lab shown) {
        previewing = true;
        show(shown);
    }

    /** Ends a gesture: records the shown lab as one step, or puts back the lab if refused. */
    public boolean commitPreview(EditAttempt a) {
        previewing = false;
        return attempt(a) || restore();
    }

    public void cancelPreview() {
        if (previewing) {
            previewing = false;
            show(history.current());
        }
    }

    private boolean restore() {
        show(history.current());
        return false;
    }

    public void undo() {
        cancelPreview();
        history.undoLabel().ifPresent(l -> setStatus(text.get("status.undone", text.render(l))));
        history.undo();
        refresh();
    }

    public void redo() {
        cancelPreview();
        history.redoLabel().ifPresent(l -> setStatus(text.get("status.redone", text.render(l))));
        history.redo();
        refresh();
    }

    /** Drops a new component from the palette at a lab point; the new one is selected. */
    public boolean drop(ComponentKind kind, Point at) {
        return drop(kind, at, Optional.empty());
    }

    /**
     * Drops a new component at the pointer, or at the nearest free spot when something is there; on
     * the bare canvas it stays inside {@code view}, the part of the diagram on screen.
     */
    public boolean drop(ComponentKind kind, Point at, Optional<Rect> view) {
        Optional<String> container = AddComponent.containerFor(diagram(), kind, at);
        String id = AddComponent.newId(lab(), kind);
        boolean done = attempt(AddComponent.attempt(lab(), kind, at, container, view));
        if (done) {
            select(Selection.of(id));
        }
        return done;
    }

    /** What deleting the selection takes besides it (to say before deleting). */
    public List<String> deletionDependents() {
        return Deletion.dependents(lab(), selection().ids());
    }

    public void deleteSelection() {
        if (!selection().isEmpty()) {
            attempt(DeletionGuard.attempt(lab(), selection().ids()));
        }
    }

    /** Moves the selection by a few pixels (arrow keys). */
    public void nudge(double dx, double dy) {
        if (!selection().isEmpty()) {
            attempt(LayoutEdits.move(lab(), selection().ids(), dx, dy));
        }
    }

    public void copy() {
        if (!selection().isEmpty()) {
            clip = Optional.of(Clipboard.copy(lab(), selection().ids()));
            setStatus(text.get("status.copied", clip.get().components().size()));
        }
    }

    public boolean canPaste() {
        return clip.isPresent();
    }

    public void paste() {
        clip.ifPresent(c -> pasteClip(c, 40));
    }

    public void duplicate() {
        if (!selection().isEmpty()) {
            pasteClip(Clipboard.copy(lab(), selection().ids()), 24);
        }
    }

    private void pasteClip(Clipboard.Clip c, double offset) {
        double dx = offset;
        double dy = offset;
        boolean topLevelBox =
                c.components().stream()
                        .anyMatch(
                                comp ->
                                        Containment.isContainer(comp.kind())
                                                && Containment.parentOf(comp).isEmpty());
        if (topLevelBox) {
            // A copied VPC goes beside the original, not over it.
            dx = c.boxes().values().stream().reduce(Rect::union).map(Rect::width).orElse(0.0) + 40;
            dy = 0;
        }
        Clipboard.Paste p = Clipboard.paste(lab(), c, dx, dy);
        if (attempt(p.attempt(lab()))) {
            select(Selection.of(p.newIds()));
        }
    }

    public void align(LayoutEdits.Alignment how) {
        apply(LayoutEdits.align(lab(), List.copyOf(selection().ids()), how));
    }

    public void distribute(boolean horizontally) {
        apply(LayoutEdits.distribute(lab(), List.copyOf(selection().ids()), horizontally));
    }

    /** Notes that the lab was saved (the dirty marker goes). */
    public void markSaved() {
        history.markSaved();
        refresh();
    }

    // --- internals ---

    private void refresh() {
        show(history.current());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(
                history.undoLabel()
                        .map(l -> text.get("menu.undoWhat", text.render(l)))
                        .orElse(text.get("menu.undo")));
        redoText.set(
                history.redoLabel()
                        .map(l -> text.get("menu.redoWhat", text.render(l)))
                        .orElse(text.get("menu.redo")));
    }

    private void show(Lab shown) {
        if (shown == lab.get()) {
            return;
        }
        lab.set(shown);
        diagram.set(Diagram.of(shown));
        if (!previewing) {
            Set<String> ids =
                    shown.components().stream().map(Component::id).collect(Collectors.toSet());
            selection.set(selection.get().retainAll(ids));
            checkInBackground(shown);
        }
    }

    private void checkInBackground(Lab checked) {
        // Checks may finish out of order on the worker threads: only the latest one is shown.
        long generation = ++checksRequested;
        background.run(
                () -> LabChecker.check(checked),
                found -> {
                    if (generation != checksRequested) {
                        return;
                    }
                    problems.setAll(
                            found.stream()
                                    .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                                    .toList());
                    Map<String, Boolean> markers = new LinkedHashMap<>();
                    for (Problem p : found) {
                        p.component()
                                .ifPresent(
                                        id -> markers.merge(id, p.isError(), Boolean::logicalOr));
                    }
                    problemMarkers.set(Map.copyOf(markers));
                },
                error ->
                        setStatus(
                                text.get(
                                        "status.checkFailed", String.valueOf(error.getMessage()))));
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper resets =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);

    /**
     * Counts the times another lab replaced the current one (new, open, recover): what followed the
     * old lab (a challenge, say) can let go of it.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty resetsProperty() {
        return resets.getReadOnlyProperty();
    }
}
