package dev.vpclab.app.study;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import java.net.URI;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The challenge dock beside the canvas: story, goal, hints one step at a time, "Check my design"
 * with a row per goal condition, reset, and once solved the explanation with its links.
 */
public final class ChallengePanel extends ScrollPane {
    private static final double WIDTH = 340;

    private final ChallengeViewModel vm;
    private final AppText t;
    private final VBox hints = new VBox(6);
    private final Button hint = new Button();
    private final VBox results = new VBox(6);
    private final VBox solvedBox = new VBox(6);
    private final Label solvedMark = new Label();
    private final List<Runnable> detach = new java.util.ArrayList<>();

    public ChallengePanel(ChallengeViewModel vm, Runnable onComparison, Runnable onClose) {
        this.vm = vm;
        this.t = vm.text();
        setId("challenge-panel");
        setFitToWidth(true);
        setPrefWidth(WIDTH);
        setMinWidth(260);

        Label title = wrapped(vm.title(), "challenge-title");
        title.getStyleClass().add(Styles.TITLE_4);
        solvedMark.setId("challenge-solved");
        solvedMark.setGraphic(new FontIcon("mdi2c-check-circle"));
        solvedMark.setText(t.get("study.panel.solved"));
        solvedMark.getStyleClass().add(Styles.SUCCESS);
        solvedMark.visibleProperty().bind(vm.solvedProperty());
        solvedMark.managedProperty().bind(vm.solvedProperty());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("challenge-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> onClose.run());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, close);

        Label goalHead = heading("study.panel.goal");
        Label goal = wrapped(vm.goal(), "challenge-goal");
        goal.getStyleClass().add(Styles.TEXT_BOLD);

        hints.setId("challenge-hints");
        hint.setId("challenge-hint");
        hint.setGraphic(new FontIcon("mdi2l-lightbulb-outline"));
        hint.setOnAction(e -> vm.revealNextHint());
        javafx.beans.value.ChangeListener<Number> hintsChanged = (o, a, b) -> showHints();
        vm.hintsShownProperty().addListener(hintsChanged);
        detach.add(() -> vm.hintsShownProperty().removeListener(hintsChanged));
        showHints();

        Button check = new Button(t.get("study.panel.check"), new FontIcon("mdi2c-check-all"));
        check.setId("challenge-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.setDefaultButton(false);
        check.setOnAction(e -> vm.check());
        Button reset = new Button(t.get("study.panel.reset"), new FontIcon("mdi2r-restore"));
        reset.setId("challenge-reset");
        reset.setOnAction(e -> vm.reset());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("challenge-busy");
        busy.setPrefSize(20, 20);
        busy.visibleProperty()
                .bind(vm.stateProperty().isEqualTo(ChallengeViewModel.State.CHECKING));
        check.disableProperty().bind(busy.visibleProperty());
        HBox actions = new HBox(8, check, reset, busy);

        Label summary = new Label();
        summary.setId("challenge-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        javafx.beans.value.ChangeListener<ChallengeViewModel.State> stateChanged =
                (o, a, b) -> {
                    styleSummary(summary);
                    show();
                };
        vm.stateProperty().addListener(stateChanged);
        detach.add(() -> vm.stateProperty().removeListener(stateChanged));
        results.setId("challenge-results");
        ListChangeListener<ChallengeViewModel.ResultRow> resultsChanged = c -> show();
        vm.results().addListener(resultsChanged);
        detach.add(() -> vm.results().removeListener(resultsChanged));

        solvedBox.setId("challenge-explanation-box");
        Hyperlink comparison = new Hyperlink(t.get("study.panel.comparison"));
        comparison.setId("challenge-comparison");
        comparison.setWrapText(true);
        comparison.setOnAction(e -> onComparison.run());

        VBox content =
                new VBox(
                        10,
                        head,
                        solvedMark,
                        wrapped(vm.story(), "challenge-story"),
                        goalHead,
                        goal,
                        new Separator(),
                        heading("study.panel.hints"),
                        hints,
                        hint,
                        new Separator(),
                        actions,
                        summary,
                        results,
                        solvedBox,
                        new Separator(),
                        comparison);
        content.setPadding(new Insets(12));
        setContent(content);
        show();
        styleSummary(summary);
    }

    /** Stops following the view-model, which outlives the panel (a replaced panel is dropped). */
    public void dispose() {
        detach.forEach(Runnable::run);
        detach.clear();
        solvedMark.visibleProperty().unbind();
        solvedMark.managedProperty().unbind();
    }

    private Label heading(String key) {
        Label l = new Label(t.get(key));
        l.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        return l;
    }

    private static Label wrapped(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void showHints() {
        hints.getChildren().clear();
        List<String> shown = vm.visibleHints();
        for (int i = 0; i < shown.size(); i++) {
            Label l = wrapped(shown.get(i), "challenge-hint-" + i);
            l.getStyleClass().add("challenge-hint-text");
            hints.getChildren().add(l);
        }
        hint.setText(vm.nextHintLabel());
        hint.setDisable(!vm.canRevealHint());
    }

    private void styleSummary(Label summary) {
        summary.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (vm.state() == ChallengeViewModel.State.PASSED) {
            summary.getStyleClass().add(Styles.SUCCESS);
        } else if (vm.state() == ChallengeViewModel.State.FAILED) {
            summary.getStyleClass().add(Styles.DANGER);
        }
    }

    private void show() {
        results.getChildren().clear();
        List<ChallengeViewModel.ResultRow> rows = vm.results();
        for (int i = 0; i < rows.size(); i++) {
            results.getChildren().add(row(rows.get(i), i));
        }
        solvedBox.getChildren().clear();
        vm.explanation()
                .ifPresent(
                        text -> {
                            solvedBox.getChildren().add(heading("study.panel.explanation"));
                            solvedBox.getChildren().add(wrapped(text, "challenge-explanation"));
                            if (!vm.links().isEmpty()) {
                                solvedBox.getChildren().add(heading("study.panel.links"));
                            }
                            int n = 0;
                            for (URI uri : vm.links()) {
                                Hyperlink link = new Hyperlink(uri.toString());
                                link.setId("challenge-link-" + n++);
                                link.setWrapText(true);
                                link.setOnAction(e -> vm.openLink(uri));
                                solvedBox.getChildren().add(link);
                            }
                        });
    }

    private Node row(ChallengeViewModel.ResultRow r, int index) {
        FontIcon icon = new FontIcon(r.passed() ? "mdi2c-check-circle" : "mdi2c-close-circle");
        icon.getStyleClass().add(r.passed() ? Styles.SUCCESS : Styles.DANGER);
        Label condition = wrapped(r.condition(), "challenge-condition-" + index);
        condition.getStyleClass().add(Styles.TEXT_BOLD);
        Label why = wrapped(r.why(), "challenge-why-" + index);
        VBox texts = new VBox(2, condition, why);
        if (!r.codes().isBlank()) {
            // For those who look the reason up: the code, small, in a tooltip.
            javafx.scene.control.Tooltip code =
                    new javafx.scene.control.Tooltip(t.get("study.panel.codes", r.codes()));
            javafx.scene.control.Tooltip.install(texts, code);
            why.setTooltip(code);
        }
        HBox.setHgrow(texts, javafx.scene.layout.Priority.ALWAYS);
        HBox box = new HBox(6, icon, texts);
        box.getStyleClass().add(r.passed() ? "condition-passed" : "condition-failed");
        return box;
    }
}
