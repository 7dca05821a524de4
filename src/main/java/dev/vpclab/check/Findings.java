package dev.vpclab.check;

import dev.vpclab.i18n.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems one run of the checker has found so far. Each check adds to it with the component id
 * and the field path, so the file reader can place the problem on a line.
 */
final class Findings {
    private final List<Problem> problems = new ArrayList<>();

    /** An error: AWS would refuse the configuration. */
    void error(String code, String component, String field, String key, Object... args) {
        problems.add(Problem.error(code, component, field, Message.of(key, args)));
    }

    /** A warning: AWS accepts it, but the lab is probably not what the author meant. */
    void warning(String code, String component, String field, String key, Object... args) {
        problems.add(Problem.warning(code, component, field, Message.of(key, args)));
    }

    List<Problem> problems() {
        return problems;
    }
}
