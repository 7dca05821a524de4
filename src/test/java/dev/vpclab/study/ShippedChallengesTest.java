package dev.vpclab.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped challenge against its starting lab, its reference solution and its wrong solutions:
 * the engine is the judge. A wrong solution says in its {@code expectGrade} block which goal
 * conditions must fail and, where it matters, for which reason.
 */
class ShippedChallengesTest {
    static final Path CHALLENGES = Path.of("assets/challenges");
    static final Path SOLUTIONS = Path.of("src/test/resources/challenges/solutions");

    static List<Path> challengeFiles() throws IOException {
        try (Stream<Path> files = Files.list(CHALLENGES)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.yaml"))
                    .sorted()
                    .toList();
        }
    }

    static Challenge challenge(Path file) {
        ChallengeLoad load = ChallengeReader.read(file);
        assertThat(load.errors()).as(file.toString()).isEmpty();
        return load.challenge().orElseThrow();
    }

    @Test
    void everyStartingLabDescribesItselfWithTheStoryNotMaintainerText() throws IOException {
        for (Path file : challengeFiles()) {
            String description = lab(file).description();
            assertThat(description)
                    .as(file.toString())
                    .isEqualTo(challenge(file).story().en())
                    .doesNotContain("starting lab", "vpclab grade");
        }
    }

    static Lab lab(Path file) {
        LoadResult result = LabReader.read(file);
        assertThat(result.lab()).as(file + ": " + result.errors()).isPresent();
        return result.lab().orElseThrow();
    }

    static String base(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    @Test
    void atLeastTwentyChallengesShipWithAReferenceAndTwoWrongSolutionsEach() throws IOException {
        List<Path> files = challengeFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        for (Path f : files) {
            assertThat(SOLUTIONS.resolve(base(f) + ".solution.yaml")).exists();
            assertThat(SOLUTIONS.resolve(base(f) + ".wrong-1.yaml")).exists();
            assertThat(SOLUTIONS.resolve(base(f) + ".wrong-2.yaml")).exists();
            assertThat(challenge(f).id()).isEqualTo(base(f));
        }
    }

    @TestFactory
    List<DynamicTest> theStartingLabOfEveryChallengeDoesNotPass() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : challengeFiles()) {
            tests.add(
                    DynamicTest.dynamicTest(
                            base(f),
                            () -> {
                                ChallengeLoad load = ChallengeReader.read(f);
                                Grade g =
                                        Grader.grade(
                                                load.challenge().orElseThrow(),
                                                load.start().orElseThrow());
                                assertThat(g.passed()).isFalse();
                                assertThat(g.failures()).isNotEmpty();
                            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyReferenceSolutionPasses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : challengeFiles()) {
            tests.add(
                    DynamicTest.dynamicTest(
                            base(f),
                            () -> {
                                Grade g =
                                        Grader.grade(
                                                challenge(f),
                                                lab(SOLUTIONS.resolve(base(f) + ".solution.yaml")));
                                assertThat(g.failures())
                                        .as("failing conditions")
                                        .extracting(r -> r.why().english())
                                        .isEmpty();
                                assertThat(g.passed()).isTrue();
                            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyWrongSolutionFailsForTheExpectedReasons() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : challengeFiles()) {
            try (Stream<Path> wrongs = Files.list(SOLUTIONS)) {
                for (Path w :
                        wrongs.filter(
                                        p ->
                                                p.getFileName()
                                                        .toString()
                                                        .startsWith(base(f) + ".wrong-"))
                                .sorted()
                                .toList()) {
                    tests.add(
                            DynamicTest.dynamicTest(w.getFileName().toString(), () -> wrong(f, w)));
                }
            }
        }
        return tests;
    }

    private static void wrong(Path challengeFile, Path wrongFile) {
        Lab lab = lab(wrongFile);
        Grade g = Grader.grade(challenge(challengeFile), lab);
        assertThat(g.passed()).isFalse();
        Map<?, ?> expect = (Map<?, ?>) lab.extras().get("expectGrade");
        assertThat(expect).as("expectGrade block").isNotNull();
        TreeSet<Integer> expectedFailing = new TreeSet<>();
        for (Object item : (List<?>) expect.get("failing")) {
            Map<?, ?> m = (Map<?, ?>) item;
            int goal = (Integer) m.get("goal");
            expectedFailing.add(goal);
            ConditionResult r = g.conditions().get(goal);
            assertThat(r.passed()).as("goal " + goal + " fails").isFalse();
            Optional.ofNullable(m.get("reason"))
                    .ifPresent(
                            reason ->
                                    assertThat(r.reason().map(Enum::name))
                                            .as("reason of goal " + goal + ": " + r.why())
                                            .contains(String.valueOf(reason)));
        }
        TreeSet<Integer> failing = new TreeSet<>();
        for (int i = 0; i < g.conditions().size(); i++) {
            if (!g.conditions().get(i).passed()) {
                failing.add(i);
            }
        }
        assertThat(failing).as("the failing goals").isEqualTo(expectedFailing);
        // The grader's words are the reader's: in Korean no kind is named as the lab file spells
        // it ("nat-gateway"), and no message key shows through.
        for (ConditionResult r : g.failures()) {
            String korean = r.why().render(java.util.Locale.KOREAN);
            assertThat(korean).doesNotContain("study.").doesNotContain("kind.");
            for (dev.vpclab.model.ComponentKind k : dev.vpclab.model.ComponentKind.values()) {
                if (k.fileName().contains("-")) {
                    assertThat(korean)
                            .as(wrongFile + ": " + korean)
                            .doesNotContainPattern(
                                    "(?<![\\w-])"
                                            + java.util.regex.Pattern.quote(k.fileName())
                                            + "(?![\\w-])");
                }
            }
        }
    }

    @Test
    void everyChallengeHasEnglishAndKoreanForEveryText() throws IOException {
        for (Path f : challengeFiles()) {
            Challenge c = challenge(f);
            assertThat(c.hints())
                    .extracting(Hint::level)
                    .contains(Hint.Level.NUDGE, Hint.Level.CONCEPT, Hint.Level.FIX);
            assertThat(c.links()).as(f + " links").isNotEmpty();
            for (LocalizedText t : c.texts()) {
                assertThat(t.complete()).as(f + ": " + t.en()).isTrue();
                // Korean text is written in Hangul, not a copy of the English
                assertThat(t.ko())
                        .as(f + " ko")
                        .isNotEqualTo(t.en())
                        .containsPattern("[\\uAC00-\\uD7A3]");
            }
        }
    }

    /** A learner reading Korean sees the starting lab's flows named in Korean: each is named. */
    @Test
    void everyChallengeNamesEachFlowOfItsStartingLabInBothLanguages() throws IOException {
        for (Path f : challengeFiles()) {
            var load = ChallengeReader.read(Files.readString(f), f.getFileName().toString());
            var flows = load.start().orElseThrow().flows();
            var names = load.challenge().orElseThrow().flowNames();
            assertThat(names).as(f + " flowNames, one per flow").hasSameSizeAs(flows);
            for (int i = 0; i < flows.size(); i++) {
                assertThat(names.get(i).en())
                        .as(f + " flowNames[" + i + "] names the flow of the file")
                        .isEqualTo(flows.get(i).name().orElse(""));
            }
        }
    }
}
