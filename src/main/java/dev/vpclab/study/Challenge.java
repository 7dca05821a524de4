package dev.vpclab.study;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A challenge: a story and a goal for the learner, hints in steps, an explanation shown once it is
 * solved with the AWS documentation behind it, and the goal conditions the grader checks. It comes
 * from the {@code challenge} block of a lab file, whose network is the starting lab.
 *
 * @param id a stable identifier, for example {@code 01-s3-gateway-endpoint} (progress is kept by
 *     it)
 * @param links AWS documentation pages behind the explanation
 * @param flowNames the names of the starting lab's saved flows in both languages, in the order of
 *     its {@code flows} (a learner reading Korean sees them named in Korean); may be empty
 */
public record Challenge(
        String id,
        LocalizedText title,
        LocalizedText story,
        LocalizedText goal,
        List<Hint> hints,
        LocalizedText explanation,
        List<URI> links,
        List<GoalCondition> goals,
        List<LocalizedText> flowNames) {
    public Challenge {
        flowNames = List.copyOf(flowNames);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(goal, "goal");
        hints = List.copyOf(hints);
        Objects.requireNonNull(explanation, "explanation");
        links = List.copyOf(links);
        goals = List.copyOf(goals);
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("a challenge needs at least one goal condition");
        }
    }

    /** A challenge whose starting lab's flows keep the names of the file. */
    public Challenge(
            String id,
            LocalizedText title,
            LocalizedText story,
            LocalizedText goal,
            List<Hint> hints,
            LocalizedText explanation,
            List<URI> links,
            List<GoalCondition> goals) {
        this(id, title, story, goal, hints, explanation, links, goals, List.of());
    }

    /** Every text of the challenge (title, story, goal, hints, explanation, flow names). */
    public List<LocalizedText> texts() {
        List<LocalizedText> all = new java.util.ArrayList<>(List.of(title, story, goal));
        hints.forEach(h -> all.add(h.text()));
        all.add(explanation);
        all.addAll(flowNames);
        return List.copyOf(all);
    }
}
