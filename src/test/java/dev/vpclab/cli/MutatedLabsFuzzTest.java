package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Tracer;
import dev.vpclab.study.ChallengeLoad;
import dev.vpclab.study.ChallengeReader;
import dev.vpclab.study.Grader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of every example lab, golden scenario and challenge, within a fixed time budget:
 * each mutant must either load or be refused with problems that say where, and the command line
 * must never end in an internal error (exit 1) nor take more than a few seconds on it.
 *
 * <p>Reproduce a failure with {@code -Dfuzz.seed=S}; {@code -Dfuzz.seconds=N} changes the budget.
 * Mutant {@code n} depends only on the seed and {@code n}, never on timing. The seed is fixed, so
 * that a build fails the same way twice; {@code -Dfuzz.seed=random} explores new mutants.
 */
class MutatedLabsFuzzTest {
    private static final long SEED = seed(System.getProperty("fuzz.seed", "20261207"));
    private static final long BUDGET_MILLIS = 1000L * Long.getLong("fuzz.seconds", 15);

    /** No single mutant may keep a command busy longer than this. */
    private static final long SLOW_MILLIS = 5000;

    /** One mutant in this many also goes through the command line (slower: files, picocli). */
    private static final int CLI_EVERY = 8;

    /** Failures kept, each a different kind, before the run stops. */
    private static final int KEPT = 8;

    @TempDir Path dir;

    /** How many mutants still loaded as a lab: the commands ran on those too. */
    private int loaded;

    private record Source(Path path, String text, boolean challenge) {}

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        for (String folder :
                List.of(
                        "assets/labs",
                        "src/test/resources/scenarios",
                        "src/test/resources/scenarios-extra",
                        "assets/challenges")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    out.add(new Source(p, Files.readString(p), folder.endsWith("challenges")));
                }
            }
        }
        return out;
    }

    @Test
    void noMutantOfAnyShippedLabEndsInAnInternalErrorOrAnUnlocatedProblem() throws IOException {
        List<Source> sources = sources();
        assertThat(sources).hasSizeGreaterThan(50);
        Map<String, String> failures = new LinkedHashMap<>();
        long end = System.currentTimeMillis() + BUDGET_MILLIS;
        int n = 0;
        loaded = 0;
        for (; System.currentTimeMillis() < end && failures.size() < KEPT; n++) {
            Source source = sources.get(n % sources.size());
            String mutant = new LabMutations(new Random(SEED * 1_000_003L + n)).mutate(source.text);
            String problem = failureOf(source, mutant, n);
            if (problem != null) {
                String kind = problem.lines().findFirst().orElse(problem);
                failures.putIfAbsent(
                        kind,
                        problem
                                + "\n  source: "
                                + source.path
                                + ", mutant "
                                + n
                                + "\n--- mutant ---\n"
                                + abbreviate(mutant)
                                + "\n--------------");
            }
        }
        System.out.printf("fuzz: %d mutants, %d loaded, seed %d%n", n, loaded, SEED);
        assertThat(failures.values())
                .as("seed %d (rerun with -Dfuzz.seed=%d), %d mutants", SEED, SEED, n)
                .isEmpty();
        assertThat(n).as("mutants tried within the budget").isGreaterThan(100);
    }

    private static long seed(String given) {
        return given.equals("random") ? System.nanoTime() : Long.parseLong(given);
    }

    /** What is wrong with how the reader and the commands treat one mutant; null when nothing. */
    private String failureOf(Source source, String mutant, int n) throws IOException {
        String name = "mutant-" + n + ".yaml";
        LoadResult result;
        try {
            result = LabReader.read(mutant, name);
        } catch (RuntimeException | StackOverflowError e) {
            return "reader threw " + e;
        }
        if (result.lab().isEmpty() && result.errors().isEmpty()) {
            return "neither a lab nor an error";
        }
        for (Problem p : result.problems()) {
            if (p.location().isEmpty()) {
                return "problem without a location: " + p.code() + " " + p.message().english();
            }
        }
        if (result.lab().isPresent()) {
            loaded++;
        }
        long start = System.nanoTime();
        try {
            result.lab().ifPresent(MutatedLabsFuzzTest::traceEveryFlow);
            if (source.challenge) {
                ChallengeLoad load = ChallengeReader.read(mutant, name);
                if (load.ok()) {
                    Grader.grade(load.challenge().orElseThrow(), load.start().orElseThrow());
                }
                for (Message m : load.errors()) {
                    if (!m.english().matches("(?s)" + Pattern.quote(name) + ":\\d+:\\d+: .*")) {
                        return "challenge refusal without file:line:col: " + m.english();
                    }
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return "threw " + e + "\n" + stack(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > SLOW_MILLIS) {
            return "tracing took " + millis + " ms";
        }
        // The command line on every few mutants: its exit status and its output are the contract.
        return n % CLI_EVERY == 0 ? commands(source, mutant, name, result) : null;
    }

    private static void traceEveryFlow(Lab lab) {
        PacketTracer tracer = Tracer.of(lab);
        lab.query().ifPresent(tracer::trace);
        lab.flows().forEach(tracer::trace);
    }

    private String commands(Source source, String mutant, String name, LoadResult result)
            throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, mutant.getBytes(StandardCharsets.UTF_8));
        try {
            String failed = command(List.of(0, 2), "check", file.toString());
            if (failed == null && result.lab().isPresent()) {
                failed = command(List.of(0, 2), "trace", file.toString(), "--json");
            }
            if (failed == null && source.challenge) {
                failed = command(List.of(0, 2, 3), "grade", file.toString(), file.toString());
            }
            return failed;
        } finally {
            Files.delete(file);
        }
    }

    private static String stack(Throwable e) {
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(12, frames.length); i++) {
            sb.append("    at ").append(frames[i]).append('\n');
        }
        return sb.toString();
    }

    /** Runs a command; describes it when its status is not one of those allowed, or it is slow. */
    private static String command(List<Integer> allowed, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!allowed.contains(status)) {
            return args[0] + " exited " + status + ": " + err.toString().strip();
        }
        if (err.toString().contains("\tat ")) {
            return args[0] + " printed a stack trace: " + err;
        }
        if (millis > SLOW_MILLIS) {
            return args[0] + " took " + millis + " ms";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 3000 ? text : text.substring(0, 3000) + "\n[...]";
    }
}
