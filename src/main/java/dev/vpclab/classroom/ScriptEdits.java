package dev.vpclab.classroom;

import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The edits of a lab's teacher's script, as the script editor makes them: add, change, delete and
 * move a step. Each is one {@link LabEdit} (one undo entry), and a step is accepted only when the
 * reader of the lab file reads it back ({@link Script#readStep}) and it can be played where it
 * stands ({@link Script#refusal} on the lab as the edits of the steps before it leave it).
 */
public final class ScriptEdits {
    private ScriptEdits() {}

    /** The lab's script; an empty one when the lab has none. */
    public static Script scriptOf(Lab lab) {
        return Script.of(lab).orElse(new Script(List.of()));
    }

    /** Adds {@code step} at {@code index} (the script's size appends). */
    public static EditAttempt add(Lab lab, int index, Script.Step step) {
        return readable(lab)
                .<EditAttempt>map(EditAttempt.Refused::new)
                .orElseGet(
                        () -> {
                            List<Script.Step> steps = steps(lab);
                            if (index < 0 || index > steps.size()) {
                                return refusedIndex(index);
                            }
                            steps.add(index, step);
                            return checked(lab, steps, index, "edit.script.add");
                        });
    }

    /** Replaces the step at {@code index} with {@code step} (a field of it changed). */
    public static EditAttempt change(Lab lab, int index, Script.Step step) {
        return readable(lab)
                .<EditAttempt>map(EditAttempt.Refused::new)
                .orElseGet(
                        () -> {
                            List<Script.Step> steps = steps(lab);
                            if (index < 0 || index >= steps.size()) {
                                return refusedIndex(index);
                            }
                            steps.set(index, step);
                            return checked(lab, steps, index, "edit.script.change");
                        });
    }

    /** Deletes the step at {@code index}. */
    public static EditAttempt delete(Lab lab, int index) {
        return readable(lab)
                .<EditAttempt>map(EditAttempt.Refused::new)
                .orElseGet(
                        () -> {
                            List<Script.Step> steps = steps(lab);
                            if (index < 0 || index >= steps.size()) {
                                return refusedIndex(index);
                            }
                            steps.remove(index);
                            return write(steps, "edit.script.delete");
                        });
    }

    /**
     * Moves the step at {@code from} so that it ends up at {@code to} (both indexes of the script
     * as it is). A step keeps its content when moved, even if the lab then finds it in another
     * state: the teacher sees that when trying the script.
     */
    public static EditAttempt move(Lab lab, int from, int to) {
        return readable(lab)
                .<EditAttempt>map(EditAttempt.Refused::new)
                .orElseGet(
                        () -> {
                            List<Script.Step> steps = steps(lab);
                            if (from < 0 || from >= steps.size()) {
                                return refusedIndex(from);
                            }
                            if (to < 0 || to >= steps.size()) {
                                return refusedIndex(to);
                            }
                            steps.add(to, steps.remove(from));
                            return write(steps, "edit.script.move");
                        });
    }

    /** Why the lab's script cannot be edited (it cannot be read), if so. */
    public static Optional<Message> readable(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        try {
            Script.of(lab);
            return Optional.empty();
        } catch (Script.Unreadable e) {
            return Optional.of(e.reason());
        }
    }

    private static List<Script.Step> steps(Lab lab) {
        return new ArrayList<>(scriptOf(lab).steps());
    }

    /** The step at {@code index} read back as the file reader reads it, then playable there. */
    private static EditAttempt checked(Lab lab, List<Script.Step> steps, int index, String label) {
        Script.Step step = steps.get(index);
        try {
            Script.Step read = Script.readStep(Script.plain(step));
            if (!read.equals(step)) {
                return EditAttempt.refused("classroom.script.notKept");
            }
        } catch (Script.Unreadable e) {
            return new EditAttempt.Refused(e.reason());
        }
        Lab before = new Script(steps).labBefore(lab, index);
        Optional<Message> why = Script.refusal(step, before);
        if (why.isPresent()) {
            return new EditAttempt.Refused(why.get());
        }
        return write(steps, label);
    }

    private static EditAttempt write(List<Script.Step> steps, String label) {
        Script script = new Script(steps);
        return EditAttempt.allowed(LabEdit.of(Message.of(label), script::writeTo));
    }

    private static EditAttempt refusedIndex(int index) {
        return EditAttempt.refused("classroom.script.noStep", index + 1);
    }
}
