package dev.vpclab.study;

import java.util.List;

/**
 * The grade of a learner's lab against a challenge: it passes when every goal condition passes; the
 * results are in the order of the challenge's goals.
 */
public record Grade(boolean passed, List<ConditionResult> conditions) {
    public Grade {
        conditions = List.copyOf(conditions);
        if (passed != conditions.stream().allMatch(ConditionResult::passed)) {
            throw new IllegalArgumentException("a grade passes exactly when every condition does");
        }
    }

    /** The grade of these results. */
    public static Grade of(List<ConditionResult> results) {
        return new Grade(results.stream().allMatch(ConditionResult::passed), results);
    }

    /** The conditions that did not pass. */
    public List<ConditionResult> failures() {
        return conditions.stream().filter(c -> !c.passed()).toList();
    }
}
