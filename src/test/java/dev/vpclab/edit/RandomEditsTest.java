package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long random sequences of every edit kind on every example lab: whatever the app allows leaves a
 * lab that saves, reopens and checks (every tenth step and at the end) with no error the file did
 * not have, and undo all and redo all are exact. Seeded and bounded in time (11 s of edits, about
 * 15 s in all); a failure names the seed and the edits. Replay one sequence with {@code
 * -Dvpclab.randomEdits.sequence=<seed>}; run other ones with {@code -Dvpclab.randomEdits.seed=N}.
 */
class RandomEditsTest {
    private static final long TOTAL_BUDGET_MILLIS = 11_000;
    private static final int STEPS = 50;
    // Every tenth lab along the way is saved and reopened too, the last one always.
    private static final int CHECK_EVERY = 10;

    static List<Path> exampleLabs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/labs"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLabs")
    void randomEditsLeaveALabThatReopensAndUndoExactly(Path file) throws IOException {
        LoadResult original = LabReader.read(file);
        Lab start = original.lab().orElseThrow();
        Map<String, Integer> baseline = codes(original.errors());
        long base =
                Long.getLong("vpclab.randomEdits.seed", 15L) * 1_000_003L
                        + file.getFileName().toString().hashCode();
        Long replay = Long.getLong("vpclab.randomEdits.sequence");
        if (replay != null) {
            sequence(file, start, baseline, replay);
            return;
        }
        long deadline = System.currentTimeMillis() + TOTAL_BUDGET_MILLIS / exampleLabs().size();
        int sequences = 0;
        do {
            sequence(file, start, baseline, base + sequences);
            sequences++;
        } while (System.currentTimeMillis() < deadline);
        assertThat(sequences).isPositive();
    }

    private static void sequence(Path file, Lab start, Map<String, Integer> baseline, long seed) {
        RandomEdits edits = new RandomEdits(seed);
        EditHistory history = new EditHistory(start, 1_000);
        List<String> log = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            RandomEdits.Try t = null;
            try {
                t = edits.next(history.current());
                boolean allowed = t.attempt().allowedEdit().isPresent();
                t.attempt().allowedEdit().ifPresent(history::apply);
                log.add(t.what() + (allowed ? "" : "  (refused)"));

            } catch (RuntimeException e) {
                log.add(t == null ? "?" : t.what());
                throw new AssertionError(context(file, seed, log) + "\ncrashed", e);
            }
            if ((i + 1) % CHECK_EVERY == 0) {
                reopens(history.current(), file, baseline, context(file, seed, log));
            }
        }
        Lab end = history.current();

        while (history.canUndo()) {
            history.undo();
        }
        assertThat(history.current()).as(context(file, seed, log) + "\nundo all").isEqualTo(start);
        while (history.canRedo()) {
            history.redo();
        }
        assertThat(history.current()).as(context(file, seed, log) + "\nredo all").isEqualTo(end);
    }

    /** The lab saves and reopens, with no error the example file did not have. */
    private static void reopens(Lab lab, Path file, Map<String, Integer> baseline, String context) {
        LoadResult reopened = LabReader.read(LabWriter.toYaml(lab), file.getFileName().toString());
        assertThat(reopened.lab())
                .as(context + "\nreopen refused: " + reopened.errors())
                .isPresent();
        List<Problem> added = added(reopened.errors(), baseline);
        assertThat(added).as(context + "\nnew errors on reopen").isEmpty();
    }

    private static Map<String, Integer> codes(List<Problem> errors) {
        Map<String, Integer> out = new HashMap<>();
        errors.forEach(p -> out.merge(p.code(), 1, Integer::sum));
        return out;
    }

    private static List<Problem> added(List<Problem> errors, Map<String, Integer> baseline) {
        Map<String, Integer> left = new HashMap<>(baseline);
        List<Problem> out = new ArrayList<>();
        for (Problem p : errors) {
            int n = left.getOrDefault(p.code(), 0);
            if (n > 0) {
                left.put(p.code(), n - 1);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String context(Path file, long seed, List<String> log) {
        return file.getFileName()
                + " seed "
                + seed
                + " (replay: -Dvpclab.randomEdits.sequence="
                + seed
                + "), edits:\n  "
                + String.join("\n  ", log);
    }
}
