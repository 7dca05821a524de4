package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may I make this change?": an edit ready to apply, or the reason AWS (or the lab
 * format) would refuse it, shown to the user at the pointer or at the field.
 */
public sealed interface EditAttempt {

    /** The change is allowed. */
    record Allowed(LabEdit edit) implements EditAttempt {
        public Allowed {
            Objects.requireNonNull(edit, "edit");
        }
    }

    /** The change is refused, with the reason. */
    record Refused(Message reason) implements EditAttempt {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static EditAttempt allowed(LabEdit edit) {
        return new Allowed(edit);
    }

    static EditAttempt refused(String key, Object... args) {
        return new Refused(Message.of(key, args));
    }

    /** The edit, when allowed. */
    default Optional<LabEdit> allowedEdit() {
        return this instanceof Allowed a ? Optional.of(a.edit()) : Optional.empty();
    }

    /** The reason, when refused. */
    default Optional<Message> refusal() {
        return this instanceof Refused r ? Optional.of(r.reason()) : Optional.empty();
    }
}
