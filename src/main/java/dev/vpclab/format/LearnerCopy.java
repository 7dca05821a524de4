package dev.vpclab.format;

import dev.vpclab.model.Lab;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A copy of a lab to hand to a learner, with the answers hidden: a golden scenario's {@code expect}
 * (the verdict AWS gives), a challenge's {@code explanation} (shown only after solving) and the
 * graders' {@code expectGrade}. The network, the flows, the story and the hints stay.
 */
public final class LearnerCopy {
    /** Top-level keys that hold answers. */
    private static final java.util.Set<String> ANSWERS = java.util.Set.of("expect", "expectGrade");

    private LearnerCopy() {}

    /** The lab without its answers. */
    public static Lab of(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Map<String, Object> extras = new LinkedHashMap<>();
        lab.extras()
                .forEach(
                        (key, value) -> {
                            if (ANSWERS.contains(key)) {
                                return;
                            }
                            if (key.equals("challenge") && value instanceof Map<?, ?> challenge) {
                                Map<Object, Object> kept = new LinkedHashMap<>(challenge);
                                kept.remove("explanation");
                                extras.put(key, kept);
                                return;
                            }
                            extras.put(key, value);
                        });
        return new Lab(
                lab.title(),
                lab.description(),
                lab.region(),
                lab.components(),
                lab.layout(),
                lab.flows(),
                lab.query(),
                extras);
    }
}
