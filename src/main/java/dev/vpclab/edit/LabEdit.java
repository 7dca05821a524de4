package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change to a lab, as the user names it: a pure function from the lab before to the lab after,
 * with a label for the Undo and Redo menu items ("Move Subnet").
 */
public interface LabEdit {

    /** What the edit does, for "Undo {label}". */
    Message label();

    /** The lab after the edit; the argument is not changed (labs are immutable). */
    Lab apply(Lab lab);

    /** An edit from a label and a function. */
    static LabEdit of(Message label, UnaryOperator<Lab> change) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
        return new LabEdit() {
            @Override
            public Message label() {
                return label;
            }

            @Override
            public Lab apply(Lab lab) {
                return change.apply(Objects.requireNonNull(lab, "lab"));
            }

            @Override
            public String toString() {
                return "LabEdit[" + label.english() + "]";
            }
        };
    }
}
