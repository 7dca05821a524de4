package dev.vpclab.study;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a challenge's hints. Hints are shown one at a time, from a nudge (where to look) to
 * the concept (the AWS rule behind it) to the fix (what to change).
 */
public record Hint(Level level, LocalizedText text) {
    public Hint {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    /** How much a hint gives away, in the order they are shown. */
    public enum Level {
        NUDGE,
        CONCEPT,
        FIX;

        /** The name used in a challenge file: {@code nudge}, {@code concept} or {@code fix}. */
        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The level with this file name. */
        public static Optional<Level> fromFileName(String name) {
            return Arrays.stream(values()).filter(l -> l.fileName().equals(name)).findFirst();
        }
    }
}
