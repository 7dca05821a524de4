package dev.vpclab.app.study;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.app.Windows;
import dev.vpclab.study.ComparisonCard;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window with the comparison card: one column per thing compared, one row per aspect. */
public final class ComparisonCardView {
    private final Stage stage;

    public ComparisonCardView(Window owner, AppText t, ComparisonCard card) {
        Locale locale = t.locale();
        GridPane grid = new GridPane();
        grid.setId("comparison-card");
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints first = new ColumnConstraints(140, 170, 220);
        grid.getColumnConstraints().add(first);
        grid.add(header(t.get("study.comparison.aspect")), 0, 0);
        for (int c = 0; c < card.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints(160, 260, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            grid.add(header(card.columns().get(c).title().in(locale)), c + 1, 0);
        }
        for (int r = 0; r < card.rows().size(); r++) {
            ComparisonCard.Row row = card.rows().get(r);
            Label aspect = cell(row.aspect().in(locale));
            aspect.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(aspect, 0, r + 1);
            for (int c = 0; c < card.columns().size(); c++) {
                String id = card.columns().get(c).id();
                Label l = cell(row.cell(id).map(x -> x.in(locale)).orElse(""));
                l.setId("comparison-" + r + "-" + id);
                grid.add(l, c + 1, r + 1);
            }
        }
        Label title = new Label(card.title().in(locale));
        title.getStyleClass().add(Styles.TITLE_3);
        VBox box = new VBox(12, title, grid);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // Sized to the card; Windows keeps it inside the screen, and the card then scrolls.
        scroll.setPrefViewportWidth(1000);
        stage = Windows.stage(owner, card.title().in(locale), scroll, false);
        // The scroll pane's own height is the card's unwrapped height, rows shorter than they are
        // once their cells wrap in the columns: the window then cut the last rows (the cost row)
        // without a scroll bar. The viewport asks for the card's height at its real width;
        // Windows caps the window at the screen, and the card then scrolls.
        scroll.applyCss();
        scroll.setPrefViewportHeight(box.prefHeight(scroll.getPrefViewportWidth()));
    }

    private static Label header(String text) {
        Label l = cell(text);
        l.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT);
        return l;
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
