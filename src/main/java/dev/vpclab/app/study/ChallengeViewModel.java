package dev.vpclab.app.study;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.model.Lab;
import dev.vpclab.study.Challenge;
import dev.vpclab.study.ConditionResult;
import dev.vpclab.study.Grade;
import dev.vpclab.study.Grader;
import dev.vpclab.study.Hint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The challenge being worked on: its texts in the user's language, hints revealed one step at a
 * time, grading of the current lab in the background with one row per goal condition, reset to the
 * starting lab, and the explanation with its links once the lab passes. Progress is remembered.
 */
public final class ChallengeViewModel {

    /** Where the challenge's lab lives: the editor of the app, or a stand-in in tests. */
    public interface Host {
        /** The lab the user is working on now. */
        Lab currentLab();

        /** Loads the starting lab of a challenge; false when the user declined (unsaved work). */
        boolean load(ChallengeEntry entry);
    }

    /** Where grading stands. */
    public enum State {
        NOT_CHECKED,
        CHECKING,
        PASSED,
        FAILED
    }

    /** One goal condition's outcome, as shown: what is asked, and why it passed or failed. */
    public record ResultRow(String condition, boolean passed, String why, String codes) {
        /** A row without reason codes. */
        public ResultRow(String condition, boolean passed, String why) {
            this(condition, passed, why, "");
        }
    }

    private final Background background;
    private final ChallengeProgress progress;
    private Host host;
    private AppText text;
    private Consumer<URI> linkOpener = uri -> {};
    private final ReadOnlyObjectWrapper<Optional<ChallengeEntry>> active =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<State> state =
            new ReadOnlyObjectWrapper<>(State.NOT_CHECKED);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper solved = new ReadOnlyBooleanWrapper();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> readOnlyResults =
            FXCollections.unmodifiableObservableList(results);
    private Optional<Grade> grade = Optional.empty();

    /** Counts grading requests, so that a stale grade arriving late is dropped. */
    private int generation;

    public ChallengeViewModel(
            Background background, ChallengeProgress progress, Host host, AppText text) {
        this.background = Objects.requireNonNull(background, "background");
        this.progress = Objects.requireNonNull(progress, "progress");
        attach(host, text);
    }

    /** Points the view-model at a (rebuilt) window, in its language. */
    public void attach(Host newHost, AppText newText) {
        this.host = Objects.requireNonNull(newHost, "host");
        this.text = Objects.requireNonNull(newText, "text");
        if (!grade.isEmpty()) {
            showGrade(grade.get());
        }
    }

    public void setLinkOpener(Consumer<URI> opener) {
        this.linkOpener = Objects.requireNonNull(opener, "opener");
    }

    public AppText text() {
        return text;
    }

    public ChallengeProgress progress() {
        return progress;
    }

    // --- the challenge ---

    /** Starts a challenge: loads its starting lab; false when the user kept the current lab. */
    public boolean open(ChallengeEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!host.load(entry)) {
            return false;
        }
        active.set(Optional.of(entry));
        hintsShown.set(0);
        solved.set(progress.isSolved(entry.id()));
        clearGrade();
        return true;
    }

    /** Leaves the challenge; the lab stays as it is. */
    public void close() {
        active.set(Optional.empty());
        clearGrade();
    }

    /** Puts the starting lab back (hints stay revealed). */
    public void reset() {
        active.get()
                .ifPresent(
                        e -> {
                            if (host.load(e)) {
                                clearGrade();
                            }
                        });
    }

    public ReadOnlyObjectProperty<Optional<ChallengeEntry>> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Optional<ChallengeEntry> active() {
        return active.get();
    }

    private Optional<Challenge> challenge() {
        return active.get().map(ChallengeEntry::challenge);
    }

    public String title() {
        return challenge().map(c -> c.title().in(text.locale())).orElse("");
    }

    public String story() {
        return challenge().map(c -> c.story().in(text.locale())).orElse("");
    }

    public String goal() {
        return challenge().map(c -> c.goal().in(text.locale())).orElse("");
    }

    // --- hints ---

    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }

    /** The hints revealed so far, each headed by its level (nudge, concept, fix). */
    public List<String> visibleHints() {
        List<Hint> hints = challenge().map(Challenge::hints).orElse(List.of());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(hintsShown.get(), hints.size()); i++) {
            Hint h = hints.get(i);
            out.add(text.get("study.hint.shown", levelName(h.level()), h.text().in(text.locale())));
        }
        return out;
    }

    /** True while a hint is left to reveal. */
    public boolean canRevealHint() {
        return hintsShown.get() < challenge().map(c -> c.hints().size()).orElse(0);
    }

    /** The label of the button that reveals the next hint, naming its level. */
    public String nextHintLabel() {
        List<Hint> hints = challenge().map(Challenge::hints).orElse(List.of());
        if (hintsShown.get() >= hints.size()) {
            return text.get("study.hint.none");
        }
        return text.get("study.hint.next", levelName(hints.get(hintsShown.get()).level()));
    }

    /** Reveals the next hint, if any is left. */
    public void revealNextHint() {
        if (canRevealHint()) {
            hintsShown.set(hintsShown.get() + 1);
        }
    }

    private String levelName(Hint.Level level) {
        return text.get("study.hint.level." + level.fileName());
    }

    // --- grading ---

    /** Grades the current lab in the background; the rows arrive on the UI thread. */
    public void check() {
        Optional<Challenge> c = challenge();
        if (c.isEmpty()) {
            return;
        }
        Lab lab = host.currentLab();
        String id = c.get().id();
        int mine = ++generation;
        state.set(State.CHECKING);
        summary.set(text.get("study.check.running"));
        background.run(
                () -> Grader.grade(c.get(), lab),
                g -> {
                    if (mine != generation) {
                        return;
                    }
                    grade = Optional.of(g);
                    if (g.passed()) {
                        progress.markSolved(id);
                        solved.set(true);
                    }
                    showGrade(g);
                },
                error -> {
                    if (mine != generation) {
                        return;
                    }
                    state.set(State.NOT_CHECKED);
                    summary.set(text.get("study.check.failedToRun", String.valueOf(error)));
                });
    }

    private void showGrade(Grade g) {
        List<ResultRow> rows = new ArrayList<>();
        for (ConditionResult r : g.conditions()) {
            // The reason codes in words; the codes only in the row's tooltip.
            List<String> codes = new ArrayList<>(LearnerWords.codes(r.condition().describe()));
            LearnerWords.codes(r.why()).stream()
                    .filter(c -> !codes.contains(c))
                    .forEach(codes::add);
            rows.add(
                    new ResultRow(
                            text.render(LearnerWords.words(r.condition().describe())),
                            r.passed(),
                            text.render(LearnerWords.words(r.why())),
                            String.join(", ", codes)));
        }
        results.setAll(rows);
        state.set(g.passed() ? State.PASSED : State.FAILED);
        summary.set(
                g.passed()
                        ? text.get("study.check.passed")
                        : text.get(
                                "study.check.failed", g.failures().size(), g.conditions().size()));
    }

    private void clearGrade() {
        generation++;
        grade = Optional.empty();
        results.clear();
        state.set(State.NOT_CHECKED);
        summary.set("");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<ResultRow> results() {
        return readOnlyResults;
    }

    /** True when the challenge has been solved, now or in an earlier session. */
    public ReadOnlyBooleanProperty solvedProperty() {
        return solved.getReadOnlyProperty();
    }

    // --- after solving ---

    /** The explanation, shown once the current lab passes. */
    public Optional<String> explanation() {
        return state.get() == State.PASSED
                ? challenge().map(c -> c.explanation().in(text.locale()))
                : Optional.empty();
    }

    /** The AWS documentation behind the explanation. */
    public List<URI> links() {
        return challenge().map(Challenge::links).orElse(List.of());
    }

    public void openLink(URI uri) {
        linkOpener.accept(Objects.requireNonNull(uri, "uri"));
    }
}
