package dev.vpclab.study;

import dev.vpclab.i18n.Message;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.ReasonCode;
import dev.vpclab.routing.Trace;
import java.util.Objects;
import java.util.Optional;

/**
 * How one goal condition fared on a learner's lab: passed or not, and why, in the trace's words.
 *
 * @param trace the trace the verdict rests on, for conditions about a flow (the app can replay it
 *     hop by hop); empty for conditions about the whole lab
 */
public record ConditionResult(
        GoalCondition condition, boolean passed, Message why, Optional<Trace> trace) {
    public ConditionResult {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(trace, "trace");
    }

    /** Why the flow of this condition was blocked, if it was. */
    public Optional<ReasonCode> reason() {
        return trace.flatMap(Trace::blockedAt).map(BlockedAt::reason);
    }

    /** The component where the flow of this condition was blocked, if it was. */
    public Optional<String> blockedAt() {
        return trace.flatMap(Trace::blockedAt).map(BlockedAt::component);
    }
}
