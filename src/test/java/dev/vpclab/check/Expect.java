package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

/** Assertions on the problems a check found. */
final class Expect {
    private Expect() {}

    /** The lab has exactly this one problem. */
    static Problem only(
            List<Problem> problems,
            Severity severity,
            String code,
            String component,
            String field) {
        assertThat(problems)
                .as("problems: %s", problems)
                .extracting(Problem::severity, Problem::code, Problem::component, Problem::field)
                .containsExactly(tuple(severity, code, Optional.of(component), Optional.of(field)));
        return problems.get(0);
    }

    /** Among the problems is this one. */
    static void has(
            List<Problem> problems,
            Severity severity,
            String code,
            String component,
            String field) {
        assertThat(problems)
                .as("problems: %s", problems)
                .extracting(Problem::severity, Problem::code, Problem::component, Problem::field)
                .contains(tuple(severity, code, Optional.of(component), Optional.of(field)));
    }
}
