package dev.vpclab.study;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a challenge file gave: the challenge and its starting lab when the file is sound,
 * otherwise the errors, each naming the field (for example {@code
 * challenge.goals[2].reachable.port}). Nothing half-read is returned: either both are present and
 * there is no error, or neither is.
 */
public record ChallengeLoad(
        String file, Optional<Challenge> challenge, Optional<Lab> start, List<Message> errors) {
    public ChallengeLoad {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(start, "start");
        errors = List.copyOf(errors);
        if (challenge.isPresent() != start.isPresent()
                || challenge.isPresent() != errors.isEmpty()) {
            throw new IllegalArgumentException(
                    "a challenge load has the challenge and its lab, or errors");
        }
    }

    /** True when the challenge was read. */
    public boolean ok() {
        return challenge.isPresent();
    }

    static ChallengeLoad failed(String file, List<Message> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed load says why");
        }
        return new ChallengeLoad(file, Optional.empty(), Optional.empty(), errors);
    }
}
