package dev.vpclab.app.study;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.Windows;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The list of shipped challenges, each with its title and what it asks, a mark on the solved ones
 * and the count solved. Opening one hands it to {@code onOpen} and closes the list.
 */
public final class ChallengeBrowser {
    private final Stage stage;
    private final ListView<ChallengeEntry> list = new ListView<>();

    public ChallengeBrowser(
            Window owner,
            AppText t,
            Background background,
            ChallengeProgress progress,
            Consumer<ChallengeEntry> onOpen) {
        Locale locale = t.locale();
        list.setId("challenge-list");
        list.setCellFactory(
                v ->
                        new ListCell<>() {
                            {
                                setPrefWidth(0); // as wide as the list: rows wrap, never scroll
                            }

                            @Override
                            protected void updateItem(ChallengeEntry e, boolean empty) {
                                super.updateItem(e, empty);
                                if (empty || e == null) {
                                    setGraphic(null);
                                    setText(null);
                                    return;
                                }
                                Label title =
                                        new Label(
                                                (getIndex() + 1)
                                                        + ". "
                                                        + e.challenge().title().in(locale));
                                title.getStyleClass().add(Styles.TEXT_BOLD);
                                // The goal reads whole, wrapped at the list's width (a Text:
                                // a cell measures its graphic without a width, and a wrapping
                                // Label then shows one cut line).
                                javafx.scene.text.Text topic =
                                        new javafx.scene.text.Text(e.challenge().goal().in(locale));
                                topic.setId("challenge-goal-" + e.id());
                                topic.fontProperty().bind(fontProperty());
                                topic.fillProperty().bind(textFillProperty());
                                topic.setOpacity(0.75);
                                topic.wrappingWidthProperty()
                                        .bind(getListView().widthProperty().subtract(70));
                                boolean solved = progress.isSolved(e.id());
                                FontIcon mark =
                                        new FontIcon(
                                                solved
                                                        ? "mdi2c-check-circle"
                                                        : "mdi2c-checkbox-blank-circle-outline");
                                mark.getStyleClass()
                                        .add(solved ? Styles.SUCCESS : Styles.TEXT_MUTED);
                                HBox row = new HBox(8, mark, new VBox(2, title, topic));
                                row.setId("challenge-row-" + e.id());
                                row.getProperties().put("solved", solved);
                                setGraphic(row);
                                setText(null);
                            }
                        });
        list.setOnMouseClicked(
                e -> {
                    if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                        open(onOpen);
                    }
                });
        Button open = new Button(t.get("study.browser.open"));
        open.setId("challenge-open");
        open.setDefaultButton(true);
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(onOpen));
        Label count = new Label();
        count.setId("challenge-count");
        Label header = new Label(t.get("study.browser.header"));
        header.setWrapText(true);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("challenge-loading");
        Label loadingText = new Label(t.get("study.browser.loading"));
        VBox waiting = new VBox(8, loading, loadingText);
        BorderPane root = new BorderPane(waiting);
        HBox bottom = new HBox(12, count, new javafx.scene.layout.Region(), open);
        HBox.setHgrow(bottom.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        root.setTop(header);
        root.setBottom(bottom);
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.setId("challenge-browser");
        root.setPrefSize(640, 560);
        stage = Windows.stage(owner, t.get("study.browser.title"), root, true);
        // Reading twenty lab files takes a moment the first time: never on the UI thread.
        background.run(
                ChallengeCatalog::shipped,
                entries -> {
                    list.getItems().setAll(entries);
                    root.setCenter(list);
                    count.setText(
                            t.get(
                                    "study.browser.progress",
                                    entries.stream().filter(x -> progress.isSolved(x.id())).count(),
                                    entries.size()));
                },
                error -> loadingText.setText(String.valueOf(error.getMessage())));
    }

    private void open(Consumer<ChallengeEntry> onOpen) {
        ChallengeEntry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            stage.close();
            onOpen.accept(e);
        }
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The entries listed (empty while they are being read). */
    public List<ChallengeEntry> entries() {
        return list.getItems();
    }
}
