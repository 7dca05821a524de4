package dev.vpclab.app.study;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.prefs.Preferences;

/** Which challenges the user has solved, remembered in the preferences across runs. */
public final class ChallengeProgress {
    private static final String KEY = "study.solved";

    private final Preferences prefs;

    public ChallengeProgress(Preferences prefs) {
        this.prefs = Objects.requireNonNull(prefs, "prefs");
    }

    public boolean isSolved(String id) {
        return solved().contains(id);
    }

    public void markSolved(String id) {
        Objects.requireNonNull(id, "id");
        Set<String> all = solved();
        if (all.add(id)) {
            prefs.put(KEY, String.join(",", all));
        }
    }

    /** The ids of the solved challenges. */
    public Set<String> solved() {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(prefs.get(KEY, "").split(",")).filter(s -> !s.isBlank()).forEach(out::add);
        return out;
    }
}
