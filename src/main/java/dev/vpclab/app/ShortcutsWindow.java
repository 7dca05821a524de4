package dev.vpclab.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Keyboard shortcuts: every key the app answers to, by where it works. Presentation mode and
 * the classroom are driven by the keyboard only, so their keys are listed too.
 */
final class ShortcutsWindow {
    /** One line: what it does (a bundle key) and the keys, as accelerators or named keys. */
    record Row(String action, List<String> keys) {}

    /** A group of lines under a heading (a bundle key). */
    record Section(String title, List<Row> rows) {}

    /**
     * The keys. An entry with a {@code +} or a single character is a JavaFX key combination, shown
     * as the platform writes it (Ctrl+N, ⌘N); other entries name a key ({@code shortcuts.key.*}).
     */
    static final List<Section> SECTIONS =
            List.of(
                    new Section(
                            "shortcuts.section.file",
                            List.of(
                                    row("shortcuts.new", "Shortcut+N"),
                                    row("shortcuts.open", "Shortcut+O"),
                                    row("shortcuts.save", "Shortcut+S"),
                                    row("shortcuts.saveAs", "Shortcut+Shift+S"),
                                    row("shortcuts.export", "Shortcut+E"),
                                    row("shortcuts.quit", "Shortcut+Q"))),
                    new Section(
                            "shortcuts.section.edit",
                            List.of(
                                    row("shortcuts.undo", "Shortcut+Z"),
                                    row("shortcuts.redo", "Shortcut+Shift+Z", "Shortcut+Y"),
                                    row("shortcuts.copy", "Shortcut+C"),
                                    row("shortcuts.copyImage", "Shortcut+Shift+C"),
                                    row("shortcuts.paste", "Shortcut+V"),
                                    row("shortcuts.duplicate", "Shortcut+D"),
                                    row("shortcuts.delete", "delete", "backspace"),
                                    row("shortcuts.selectAll", "Shortcut+A"),
                                    row("shortcuts.connect", "Shortcut+L", "alt"),
                                    row("shortcuts.nudge", "arrows"),
                                    row("shortcuts.nudgeFine", "shiftArrows"),
                                    row("shortcuts.deselect", "esc"))),
                    new Section(
                            "shortcuts.section.view",
                            List.of(
                                    row("shortcuts.zoomIn", "Shortcut+EQUALS"),
                                    row("shortcuts.zoomOut", "Shortcut+MINUS"),
                                    row("shortcuts.fit", "Shortcut+0"),
                                    row("shortcuts.actual", "Shortcut+1"),
                                    row("shortcuts.pan", "space"),
                                    row("shortcuts.presentation", "F5"),
                                    row("shortcuts.reachability", "Shortcut+R"))),
                    new Section(
                            "shortcuts.section.walk",
                            List.of(
                                    row("shortcuts.play", "space"),
                                    row("shortcuts.stepForward", "right"),
                                    row("shortcuts.stepBack", "left"),
                                    row("shortcuts.restart", "home"))),
                    new Section(
                            "shortcuts.section.presentation",
                            List.of(
                                    row("shortcuts.presentation.leave", "esc", "F5"),
                                    row("shortcuts.presentation.flows", "upDown"),
                                    row("shortcuts.presentation.walk", "space", "right", "left"),
                                    row("shortcuts.quiz", "Q"),
                                    row("shortcuts.answer", "digits"),
                                    row("shortcuts.nextStep", "N"),
                                    row("shortcuts.laser", "L"))),
                    new Section(
                            "shortcuts.section.windows",
                            List.of(row("shortcuts.closeDialog", "esc"))));

    private ShortcutsWindow() {}

    private static Row row(String action, String... keys) {
        return new Row(action, List.of(keys));
    }

    /** How a key entry reads on this platform and in the user's language. */
    static String keyText(String key, AppText t) {
        if (key.contains("+") || key.length() <= 2) {
            return KeyCombination.keyCombination(key).getDisplayText();
        }
        return t.get("shortcuts.key." + key);
    }

    /** Opens the window, owned by {@code owner}, not modal (it can stay open while one works). */
    static Stage show(Window owner, AppText t) {
        VBox content = new VBox(6);
        content.setPadding(new Insets(16));
        for (Section s : SECTIONS) {
            Label title = new Label(t.get(s.title()));
            title.getStyleClass().add("title-4");
            title.setPadding(new Insets(content.getChildren().isEmpty() ? 0 : 10, 0, 2, 0));
            GridPane grid = new GridPane();
            grid.setHgap(24);
            grid.setVgap(4);
            int r = 0;
            for (Row row : s.rows()) {
                List<String> keys = row.keys().stream().map(k -> keyText(k, t)).toList();
                Label keyLabel = new Label(String.join(t.get("shortcuts.or"), keys));
                keyLabel.getStyleClass().add("shortcut-keys");
                keyLabel.setStyle("-fx-font-weight: bold;");
                keyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label action = new Label(t.get(row.action()));
                action.setWrapText(true);
                action.setMaxWidth(420);
                grid.addRow(r++, keyLabel, action);
            }
            content.getChildren().addAll(title, grid);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(560);
        scroll.setId("shortcuts");
        Stage stage = Windows.stage(owner, t.get("shortcuts.title"), scroll, false);
        stage.show();
        return stage;
    }
}
