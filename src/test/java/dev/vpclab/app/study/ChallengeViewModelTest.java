package dev.vpclab.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChallengeViewModelTest {
    private static final Path SOLUTIONS = Path.of("src/test/resources/challenges/solutions");

    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/test/study/" + UUID.randomUUID());
    private final FakeHost host = new FakeHost();
    private final ChallengeViewModel vm =
            new ChallengeViewModel(
                    Background.immediate(),
                    new ChallengeProgress(prefs),
                    host,
                    new AppText(Locale.ENGLISH));

    /** The editor, as far as a challenge sees it: the lab, and whether loading is allowed. */
    static final class FakeHost implements ChallengeViewModel.Host {
        Lab lab = Lab.empty("", "us-east-1");
        boolean declines;
        int loads;

        @Override
        public Lab currentLab() {
            return lab;
        }

        @Override
        public boolean load(ChallengeEntry entry) {
            if (declines) {
                return false;
            }
            loads++;
            lab = entry.start();
            return true;
        }
    }

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    private static ChallengeEntry first() {
        return ChallengeCatalog.shipped().get(0);
    }

    private static Lab solution(String id) {
        return LabReader.read(SOLUTIONS.resolve(id + ".solution.yaml")).lab().orElseThrow();
    }

    @Test
    void openingAChallengeLoadsItsStartingLabAndShowsItsTexts() {
        assertThat(vm.open(first())).isTrue();
        assertThat(host.lab).isSameAs(first().start());
        assertThat(vm.title()).isEqualTo(first().challenge().title().en());
        assertThat(vm.story()).isNotBlank();
        assertThat(vm.goal()).isNotBlank();
        assertThat(vm.state()).isEqualTo(ChallengeViewModel.State.NOT_CHECKED);
    }

    @Test
    void aUserWhoKeepsUnsavedWorkStaysWhereHeWas() {
        host.declines = true;
        assertThat(vm.open(first())).isFalse();
        assertThat(vm.active()).isEmpty();
    }

    @Test
    void theStartingLabFailsWithTheReasonOfEachUnmetCondition() {
        vm.open(first());
        vm.check();
        assertThat(vm.state()).isEqualTo(ChallengeViewModel.State.FAILED);
        assertThat(vm.results()).isNotEmpty();
        assertThat(vm.results()).anyMatch(r -> !r.passed() && !r.why().isBlank());
        assertThat(vm.summaryProperty().get()).contains("not met");
        assertThat(vm.explanation()).isEmpty();
        assertThat(vm.progress().isSolved(first().id())).isFalse();
    }

    @Test
    void hintsComeOneStepAtATimeFromNudgeToFix() {
        vm.open(first());
        assertThat(vm.visibleHints()).isEmpty();
        assertThat(vm.nextHintLabel()).isEqualTo("Show a hint: Nudge");
        vm.revealNextHint();
        assertThat(vm.visibleHints()).hasSize(1).first().asString().startsWith("Nudge");
        assertThat(vm.nextHintLabel()).isEqualTo("Show a hint: Concept");
        vm.revealNextHint();
        vm.revealNextHint();
        assertThat(vm.visibleHints()).hasSize(3);
        assertThat(vm.visibleHints().get(2)).startsWith("Fix");
        assertThat(vm.canRevealHint()).isFalse();
        vm.revealNextHint();
        assertThat(vm.visibleHints()).hasSize(3);
    }

    @Test
    void theReferenceSolutionPassesIsRememberedAndShowsTheExplanationAndLinks() {
        List<URI> opened = new ArrayList<>();
        vm.setLinkOpener(opened::add);
        vm.open(first());
        host.lab = solution(first().id());
        vm.check();
        assertThat(vm.state()).isEqualTo(ChallengeViewModel.State.PASSED);
        assertThat(vm.results()).allMatch(ChallengeViewModel.ResultRow::passed);
        assertThat(vm.explanation()).contains(first().challenge().explanation().en());
        assertThat(vm.solvedProperty().get()).isTrue();
        assertThat(new ChallengeProgress(prefs).isSolved(first().id())).isTrue();
        assertThat(vm.links()).isNotEmpty();
        vm.openLink(vm.links().get(0));
        assertThat(opened).containsExactly(vm.links().get(0));
    }

    @Test
    void resetPutsTheStartingLabBackAndForgetsTheGrade() {
        vm.open(first());
        host.lab = solution(first().id());
        vm.check();
        vm.reset();
        assertThat(host.lab).isSameAs(first().start());
        assertThat(host.loads).isEqualTo(2);
        assertThat(vm.results()).isEmpty();
        assertThat(vm.state()).isEqualTo(ChallengeViewModel.State.NOT_CHECKED);
    }

    @Test
    void inKoreanTheTextsAndTheReasonsAreKorean() {
        ChallengeViewModel ko =
                new ChallengeViewModel(
                        Background.immediate(),
                        new ChallengeProgress(prefs),
                        host,
                        new AppText(Locale.KOREAN));
        ko.open(first());
        assertThat(ko.title()).isEqualTo(first().challenge().title().ko());
        ko.revealNextHint();
        assertThat(ko.visibleHints().get(0)).startsWith("힌트");
        ko.check();
        assertThat(ko.summaryProperty().get()).contains("조건");
    }

    @Test
    void aGradeThatArrivesAfterAResetIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        Background later =
                new Background() {
                    @Override
                    public <T> void run(
                            Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                        pending.add(() -> done.accept(work.get()));
                    }
                };
        ChallengeViewModel slow =
                new ChallengeViewModel(
                        later, new ChallengeProgress(prefs), host, new AppText(Locale.ENGLISH));
        slow.open(first());
        slow.check();
        assertThat(slow.state()).isEqualTo(ChallengeViewModel.State.CHECKING);
        slow.reset();
        pending.forEach(Runnable::run);
        assertThat(slow.state()).isEqualTo(ChallengeViewModel.State.NOT_CHECKED);
        assertThat(slow.results()).isEmpty();
    }

    @Test
    void theIndexListsEveryShippedChallengeFile() throws Exception {
        List<String> files;
        try (var s = java.nio.file.Files.list(Path.of("assets/challenges"))) {
            files =
                    s.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml"))
                            .sorted()
                            .toList();
        }
        assertThat(ChallengeCatalog.index()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(ChallengeCatalog.shipped()).hasSize(files.size());
    }

    @Test
    void theGraderSpeaksInWordsInEnglishAndKoreanWithTheReasonCodeOnlyInTheTooltip() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (dev.vpclab.routing.ReasonCode c : dev.vpclab.routing.ReasonCode.values()) {
            codes.add(c.name());
        }
        int withCode = 0;
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            for (ChallengeEntry entry : ChallengeCatalog.shipped()) {
                FakeHost h = new FakeHost();
                ChallengeViewModel v =
                        new ChallengeViewModel(
                                Background.immediate(),
                                new ChallengeProgress(prefs),
                                h,
                                new AppText(language));
                v.open(entry);
                v.check();
                for (ChallengeViewModel.ResultRow r : v.results()) {
                    for (String code : codes) {
                        assertThat(r.why() + " | " + r.condition())
                                .as("%s %s: the learner's text", language, entry.id())
                                .doesNotContain(code);
                    }
                    if (!r.codes().isBlank()) {
                        withCode++;
                        String first = r.codes().split("[ ,]")[0];
                        if (r.codes().contains("(")) {
                            continue; // the lab checker's codes, with their components
                        }
                        String words =
                                new AppText(language)
                                        .render(
                                                LearnerWords.reason(
                                                        dev.vpclab.routing.ReasonCode.valueOf(
                                                                first)));
                        assertThat(r.why() + " " + r.condition())
                                .as("%s %s: the reason in words", language, entry.id())
                                .contains(words);
                    }
                }
            }
        }
        assertThat(withCode).as("rows whose reason code is kept for the tooltip").isPositive();
    }

    @Test
    void everyReasonCodeHasWordsInEnglishAndKorean() {
        for (dev.vpclab.routing.ReasonCode c : dev.vpclab.routing.ReasonCode.values()) {
            String en = LearnerWords.reason(c).render(Locale.ENGLISH);
            String ko = LearnerWords.reason(c).render(Locale.KOREAN);
            assertThat(en).as(c.name()).doesNotStartWith("study.reason").doesNotContain("_");
            assertThat(ko).as(c.name()).doesNotStartWith("study.reason").isNotEqualTo(en);
        }
    }
}
