package dev.vpclab.classroom;

import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import java.util.Objects;
import java.util.Optional;

/**
 * A script being played: which step comes next, and the playing of it on a {@link Stage} (the
 * window in presentation mode, or a test's record of what happened).
 */
public final class ScriptRun {
    /** Where a script's steps happen. */
    public interface Stage {
        /** The lab as it is now (after the edits of earlier steps). */
        Lab lab();

        /** Shows the flow at {@code index} of the lab's flows and plays its walk. */
        void show(int index);

        /** Applies an edit through the undo history. */
        void apply(LabEdit edit);

        /** Shows a caption. */
        void say(Script.Say caption);

        /** Tells the teacher a step could not be played, and why. */
        void refused(Message why);
    }

    private final Script script;
    private int next;

    public ScriptRun(Script script) {
        this.script = Objects.requireNonNull(script, "script");
    }

    public Script script() {
        return script;
    }

    /** The index of the step the next key press plays; the script's size at the end. */
    public int position() {
        return next;
    }

    public boolean finished() {
        return next >= script.steps().size();
    }

    /** Back to the first step. */
    public void restart() {
        next = 0;
    }

    /** The next key press plays step {@code index} ("Try it" in the script editor). */
    public void moveTo(int index) {
        if (index < 0 || index > script.steps().size()) {
            throw new IllegalArgumentException("no step " + index);
        }
        next = index;
    }

    /**
     * Plays the next step on the stage and returns it; empty at the end. A step that cannot be
     * played (a flow that is not there, an edit the lab refuses) is reported and passed.
     */
    public Optional<Script.Step> playNext(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        if (finished()) {
            return Optional.empty();
        }
        Script.Step step = script.steps().get(next++);
        if (step instanceof Script.Show show) {
            int index = indexOf(stage.lab(), show.flow());
            if (index < 0) {
                stage.refused(Script.refusal(show, stage.lab()).orElseThrow());
            } else {
                stage.show(index);
            }
        } else if (step instanceof Script.Say say) {
            stage.say(say);
        } else if (step instanceof Script.Edit edit) {
            EditAttempt a = edit.on(stage.lab());
            if (a instanceof EditAttempt.Allowed allowed) {
                stage.apply(allowed.edit());
            } else if (a instanceof EditAttempt.Refused refused) {
                stage.refused(refused.reason());
            }
        }
        return Optional.of(step);
    }

    /** The index of a flow by its name (or, failing that, by a name it starts with). */
    static int indexOf(Lab lab, String name) {
        java.util.List<Flow> flows = lab.flows();
        for (int i = 0; i < flows.size(); i++) {
            if (flows.get(i).name().map(name::equals).orElse(false)) {
                return i;
            }
        }
        for (int i = 0; i < flows.size(); i++) {
            Flow f = flows.get(i);
            if (f.name().map(n -> n.startsWith(name)).orElse(false)) {
                return i;
            }
        }
        return -1;
    }
}
