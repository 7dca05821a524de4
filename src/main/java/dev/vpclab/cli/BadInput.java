package dev.vpclab.cli;

import dev.vpclab.i18n.Message;
import java.util.Objects;

/**
 * The command cannot do its work because of what it was given (a missing file, a lab that does not
 * load, an unknown component id): the user can fix it. Ends the command with exit status 2 and one
 * paragraph, never a stack trace.
 */
final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Message paragraph;

    BadInput(Message paragraph) {
        super(paragraph.key());
        this.paragraph = Objects.requireNonNull(paragraph, "paragraph");
    }

    /** The explanation for the user. */
    Message paragraph() {
        return paragraph;
    }
}
