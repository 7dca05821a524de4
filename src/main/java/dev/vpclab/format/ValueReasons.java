package dev.vpclab.format;

import dev.vpclab.i18n.Message;
import dev.vpclab.net.InvalidValueException;

/**
 * Why a network value was refused, as a sentence in the user's language: the parsers of {@code
 * dev.vpclab.net} speak only English, but say which fault they found.
 */
final class ValueReasons {
    private ValueReasons() {}

    /** The reason of a parser's refusal; a refusal of unknown kind keeps its English message. */
    static Message of(IllegalArgumentException e) {
        if (e instanceof InvalidValueException v) {
            return Message.of(
                    "format.reason." + v.reason().name(), v.details().toArray(Object[]::new));
        }
        return Message.of("format.reason.other", String.valueOf(e.getMessage()));
    }
}
