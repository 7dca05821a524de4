package dev.vpclab.app.study;

import dev.vpclab.i18n.Message;
import dev.vpclab.routing.ReasonCode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grader's texts as a learner reads them: a reason code such as {@code
 * SECURITY_GROUP_NO_INGRESS_RULE} becomes words in the user's language ("no inbound security group
 * rule allows it"); the codes themselves are kept for a tooltip. The command line keeps the codes,
 * which scripts match.
 */
final class LearnerWords {
    private static final Set<String> CODES =
            Arrays.stream(ReasonCode.values()).map(Enum::name).collect(Collectors.toSet());

    /** The grader's "the lab checker finds errors" message, whose second argument lists codes. */
    private static final String ERRORS = "study.why.errors";

    private LearnerWords() {}

    /** The message with every reason code among its arguments (nested too) put in words. */
    static Message words(Message m) {
        if (ERRORS.equals(m.key()) && m.args().size() == 3) {
            // The checker's codes go to the tooltip; the learner reads the count and the first.
            return Message.of(ERRORS + "InWords", m.args().get(0), m.args().get(2));
        }
        Object[] args = new Object[m.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = m.args().get(i);
            if (a instanceof Message nested) {
                args[i] = words(nested);
            } else if (CODES.contains(String.valueOf(a))) {
                args[i] = reason(ReasonCode.valueOf(String.valueOf(a)));
            } else {
                args[i] = a;
            }
        }
        return Message.of(m.key(), args);
    }

    /** A reason code in words. */
    static Message reason(ReasonCode code) {
        return Message.of("study.reason." + code.name());
    }

    /** The reason codes among the message's arguments (nested too), in order, without repeats. */
    static List<String> codes(Message m) {
        Set<String> out = new LinkedHashSet<>();
        collect(m, out);
        return List.copyOf(out);
    }

    private static void collect(Message m, Set<String> out) {
        if (ERRORS.equals(m.key()) && m.args().size() == 3) {
            out.add(String.valueOf(m.args().get(1)));
            return;
        }
        for (Object a : m.args()) {
            if (a instanceof Message nested) {
                collect(nested, out);
            } else if (CODES.contains(String.valueOf(a))) {
                out.add(String.valueOf(a));
            }
        }
    }
}
