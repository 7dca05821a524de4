package dev.vpclab.app.classroom;

import dev.vpclab.app.AppText;
import dev.vpclab.classroom.Quiz;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The question on the diagram: the prompt, one button per choice (keys 1 to 4), then the answer.
 */
final class QuizPanel extends VBox {
    private final Label prompt = new Label();
    private final VBox choices = new VBox(4);
    private final Label result = new Label();
    private final Label explanation = new Label();
    private final Label summary = new Label();

    QuizPanel() {
        super(6);
        setId("quiz-box");
        setPadding(new Insets(10));
        setMaxWidth(560);
        setStyle(
                "-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #1f6feb;"
                        + " -fx-border-width: 2; -fx-background-radius: 6; -fx-border-radius: 6;");
        prompt.setId("quiz-prompt");
        prompt.setWrapText(true);
        prompt.setStyle("-fx-font-weight: bold;");
        result.setId("quiz-result");
        result.setWrapText(true);
        explanation.setId("quiz-explanation");
        explanation.setWrapText(true);
        summary.setId("quiz-summary");
        summary.setWrapText(true);
        getChildren().addAll(prompt, choices, result, explanation, summary);
        // An empty line takes no room: the box is as tall as what it says.
        for (Label l : new Label[] {prompt, result, explanation, summary}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        choices.visibleProperty()
                .bind(javafx.beans.binding.Bindings.isNotEmpty(choices.getChildren()));
        choices.managedProperty().bind(choices.visibleProperty());
        setVisible(false);
        setManaged(false);
    }

    /** Shows a question, its choices as numbered buttons that answer through {@code answer}. */
    void ask(Quiz.Question q, AppText t, IntConsumer answer) {
        prompt.setText(t.render(q.prompt()));
        choices.getChildren().clear();
        for (int i = 0; i < q.choices().size(); i++) {
            int index = i;
            Button b = new Button((i + 1) + ". " + t.render(q.choices().get(i)));
            b.setId("quiz-choice-" + i);
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> answer.accept(index));
            choices.getChildren().add(b);
        }
        result.setText("");
        explanation.setText("");
        summary.setText("");
        show(true);
    }

    /** Shows whether the choice was right, the right answer and the card's explanation. */
    void reveal(Quiz.Question q, int chosen, AppText t) {
        for (int i = 0; i < choices.getChildren().size(); i++) {
            Button b = (Button) choices.getChildren().get(i);
            b.setDisable(true);
            if (i == q.answer()) {
                b.setStyle("-fx-base: #2da44e; -fx-opacity: 1;");
            } else if (i == chosen) {
                b.setStyle("-fx-base: #cf222e; -fx-opacity: 1;");
            }
        }
        String right = t.render(q.choices().get(q.answer()));
        result.setText(
                chosen == q.answer()
                        ? t.get("classroom.quiz.right")
                        : t.get("classroom.quiz.wrong", right));
        result.setStyle(
                chosen == q.answer() ? "-fx-text-fill: #1a7f37;" : "-fx-text-fill: #cf222e;");
        explanation.setText(t.render(q.explanation()));
    }

    /**
     * At the end of the walk: the score and the verdict, under the last answer's feedback if one
     * was just given.
     */
    void summary(int right, int asked, boolean reachable, AppText t, boolean keepFeedback) {
        if (!keepFeedback) {
            prompt.setText("");
            choices.getChildren().clear();
            result.setText("");
            explanation.setText("");
        }
        summary.setText(
                t.get("classroom.quiz.summary", right, asked)
                        + "\n"
                        + t.get(
                                reachable
                                        ? "walk.verdict.reachable"
                                        : "walk.verdict.blockedShort"));
        summary.setStyle(
                "-fx-font-weight: bold; -fx-text-fill: " + (reachable ? "#1a7f37;" : "#cf222e;"));
        show(true);
    }

    void show(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }

    String resultText() {
        return result.getText();
    }
}
