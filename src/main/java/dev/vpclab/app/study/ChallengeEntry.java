package dev.vpclab.app.study;

import dev.vpclab.model.Lab;
import dev.vpclab.study.Challenge;
import java.util.Objects;

/**
 * A challenge shipped with the app: where its file is on the class path, the challenge and its
 * starting lab.
 */
public record ChallengeEntry(String resource, Challenge challenge, Lab start) {
    public ChallengeEntry {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(start, "start");
    }

    public String id() {
        return challenge.id();
    }
}
