package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The undo history of one open lab: immutable lab snapshots, one entry per user gesture, each with
 * the label of its edit, and a mark at the state last saved (the title's dirty marker). An edit
 * that changes nothing records nothing.
 */
public final class EditHistory {

    /** One step: the lab before and after, and what the user did. */
    public record Entry(Message label, Lab before, Lab after) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private Lab current;
    // The undo depth at which the lab was saved; -1 when that state can no longer be reached.
    private int savedDepth;
    private final int limit;

    /** A history starting at {@code lab}, treated as saved, keeping at most 500 steps. */
    public EditHistory(Lab lab) {
        this(lab, 500);
    }

    public EditHistory(Lab lab, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.current = Objects.requireNonNull(lab, "lab");
        this.limit = limit;
        this.savedDepth = 0;
    }

    /** The lab as it is now. */
    public Lab current() {
        return current;
    }

    /**
     * Applies an edit to the current lab and records it.
     *
     * @return true when the lab changed (false for a no-op, which records nothing)
     */
    public boolean apply(LabEdit edit) {
        Objects.requireNonNull(edit, "edit");
        return record(edit.label(), current, edit.apply(current));
    }

    /**
     * Records a gesture whose result was already previewed: {@code after} replaces the current lab
     * as one step labelled {@code label}.
     */
    public boolean commit(Message label, Lab after) {
        return record(label, current, after);
    }

    private boolean record(Message label, Lab before, Lab after) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(after, "after");
        if (after.equals(before)) {
            return false;
        }
        if (savedDepth > undo.size()) {
            savedDepth = -1; // the saved state was on the redo branch we are discarding
        }
        redo.clear();
        undo.push(new Entry(label, before, after));
        if (undo.size() > limit) {
            undo.removeLast();
            savedDepth = savedDepth >= 0 ? savedDepth - 1 : -1;
        }
        current = after;
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the step Undo would revert. */
    public Optional<Message> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Entry::label);
    }

    /** The label of the step Redo would make again. */
    public Optional<Message> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Entry::label);
    }

    /** Reverts the last step; returns false when there is none. */
    public boolean undo() {
        Entry e = undo.poll();
        if (e == null) {
            return false;
        }
        redo.push(e);
        current = e.before();
        return true;
    }

    /** Makes the last undone step again; returns false when there is none. */
    public boolean redo() {
        Entry e = redo.poll();
        if (e == null) {
            return false;
        }
        undo.push(e);
        current = e.after();
        return true;
    }

    /** Notes that the current lab was saved. */
    public void markSaved() {
        savedDepth = undo.size();
    }

    /** Notes that the current lab was never saved (an imported lab): it is dirty until saved. */
    public void markUnsaved() {
        savedDepth = -1;
    }

    /** True when the current lab differs from the one last saved. */
    public boolean isDirty() {
        return savedDepth != undo.size();
    }

    /** Number of steps that can be undone. */
    public int undoDepth() {
        return undo.size();
    }
}
