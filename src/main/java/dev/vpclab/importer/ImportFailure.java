package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import java.util.Objects;

/**
 * The input cannot be imported: a file that is not JSON, is truncated, or has a field of the wrong
 * type. Names the file, the line (when known) and the JSON path, and what was expected. No lab is
 * produced, so nothing is half written.
 */
public final class ImportFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public ImportFailure(Message explanation) {
        super(explanation.english());
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** The explanation for the user, in any language. */
    public Message explanation() {
        return explanation;
    }
}
