package dev.vpclab.app.walk;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.walk.Event;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The player's controls (restart, step back, play or pause, step forward, speed) and the event
 * list, one row per hop, a click on a row jumping there. A thin {@link AnimationTimer} advances the
 * view-model's time while it plays.
 */
final class PlayerView extends VBox {
    private final PlayerViewModel player;
    private final TableView<Event> events = new TableView<>();
    private boolean following;

    private final AnimationTimer timer =
            new AnimationTimer() {
                private long last = -1;

                @Override
                public void handle(long now) {
                    if (last >= 0) {
                        player.tick(Math.min(0.1, (now - last) / 1e9));
                    }
                    last = now;
                }

                @Override
                public void stop() {
                    super.stop();
                    last = -1;
                }
            };

    PlayerView(PlayerViewModel player, AppText t) {
        this.player = player;
        setId("walk-player");
        setSpacing(4);
        Button restart = button("mdi2s-skip-previous", "walk-restart", t.get("walk.restart"));
        restart.setOnAction(e -> player.restart());
        Button back = button("mdi2s-step-backward", "walk-back", t.get("walk.back"));
        back.setOnAction(e -> player.stepBack());
        Button play =
                button(
                        "mdi2p-play",
                        "walk-play",
                        t.get("walk.play") + "\n" + t.get("walk.keys.canvas"));
        play.setOnAction(e -> player.togglePlay());
        Button forward = button("mdi2s-step-forward", "walk-forward", t.get("walk.forward"));
        forward.setOnAction(e -> player.stepForward());
        player.playingProperty()
                .addListener(
                        (o, was, is) -> {
                            ((FontIcon) play.getGraphic())
                                    .setIconLiteral(is ? "mdi2p-pause" : "mdi2p-play");
                            if (is) {
                                timer.start();
                            } else {
                                timer.stop();
                            }
                        });
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("walk-speed");
        speed.getItems().setAll(PlayerViewModel.SPEEDS);
        speed.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(Double s) {
                        return s == null ? "" : t.get("walk.speed", s);
                    }

                    @Override
                    public Double fromString(String s) {
                        return 1.0;
                    }
                });
        speed.setValue(player.speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> player.speedProperty().set(b));
        speed.setTooltip(new Tooltip(t.get("walk.speed.tip")));
        // The theme makes a choice box as wide as a form field; in the narrow dock that pushed the
        // walk's time into the tool bar's >> menu. "0.5x" needs a few characters and the arrow.
        speed.setStyle("-fx-min-width: 0; -fx-pref-width: 6em;");
        Label time = new Label();
        time.setId("walk-time");
        player.timeProperty()
                .addListener(
                        o -> time.setText(String.format(Locale.ROOT, "%.1f s", player.time())));
        ToolBar bar = new ToolBar(restart, back, play, forward, speed, time);
        bar.setDisable(true);
        player.events()
                .addListener(
                        (javafx.collections.ListChangeListener<Event>)
                                c -> bar.setDisable(player.events().isEmpty()));

        events.setId("event-list");
        events.setItems(player.events());
        Label empty = new Label(t.get("walk.events.empty"));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        events.setPlaceholder(empty);
        // The dock is narrow: the time takes what its text needs; the component (bold), what was
        // checked and what decided share the rest and wrap, so every event reads whole without a
        // horizontal scroll bar.
        TableColumn<Event, String> timeColumn =
                column(
                        t.get("walk.events.time"),
                        e -> String.format(Locale.ROOT, "%.1f", e.time()));
        TableColumn<Event, String> what =
                wrapping(
                        t.get("walk.events.what"),
                        e ->
                                e.component()
                                        + "\n"
                                        + t.render(e.check())
                                        + "\n"
                                        + CardView.forPeople(t.render(e.decision())));
        what.setId("event-what");
        events.getColumns().addAll(List.of(timeColumn, what));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        player.events()
                .addListener(
                        (javafx.collections.ListChangeListener<Event>)
                                c -> fitToContent(List.of(timeColumn)));
        fitToContent(List.of(timeColumn));
        events.setRowFactory(
                tv -> {
                    TableRow<Event> row = new TableRow<>();
                    row.itemProperty()
                            .addListener(
                                    (o, a, e) -> {
                                        row.setStyle(
                                                e != null && e.blocked()
                                                        ? "-fx-text-background-color: #D13212;"
                                                        : "");
                                    });
                    row.setOnMouseClicked(
                            m -> {
                                if (!row.isEmpty()) {
                                    player.jumpTo(row.getIndex());
                                }
                            });
                    return row;
                });
        player.frameProperty().addListener(o -> follow());
        VBox.setVgrow(events, Priority.ALWAYS);
        getChildren().addAll(bar, events);
        addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    if (WalkKeys.handle(e, player)) {
                        e.consume();
                    }
                });
    }

    /** The event list follows the packet: its row is selected as the packet gets there. */
    private void follow() {
        if (following) {
            return;
        }
        following = true;
        int i = player.hopIndex();
        if (i < 0) {
            events.getSelectionModel().clearSelection();
        } else if (events.getSelectionModel().getSelectedIndex() != i) {
            events.getSelectionModel().select(i);
            events.scrollTo(Math.max(0, i - 2));
        }
        following = false;
    }

    TableView<Event> events() {
        return events;
    }

    private static Button button(String icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static TableColumn<Event, String> column(
            String title, java.util.function.Function<Event, String> value) {
        TableColumn<Event, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A column whose cells wrap their text at the column's width (the row grows to fit). */
    private static TableColumn<Event, String> wrapping(
            String title, java.util.function.Function<Event, String> value) {
        TableColumn<Event, String> c = column(title, value);
        c.setMinWidth(120);
        c.setCellFactory(
                col ->
                        new TableCell<>() {
                            private final Text title = text(true);
                            private final Text body = text(false);
                            private final VBox lines = new VBox(1, title, body);

                            private Text text(boolean bold) {
                                Text x = new Text();
                                x.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                                x.fillProperty().bind(textFillProperty());
                                x.fontProperty()
                                        .bind(
                                                javafx.beans.binding.Bindings.createObjectBinding(
                                                        () ->
                                                                bold
                                                                        ? javafx.scene.text.Font
                                                                                .font(
                                                                                        getFont()
                                                                                                .getFamily(),
                                                                                        javafx.scene
                                                                                                .text
                                                                                                .FontWeight
                                                                                                .BOLD,
                                                                                        getFont()
                                                                                                .getSize())
                                                                        : getFont(),
                                                        fontProperty()));
                                x.getStyleClass().add("event-text");
                                return x;
                            }

                            {
                                setPrefHeight(Control.USE_COMPUTED_SIZE);
                            }

                            @Override
                            protected void updateItem(String item, boolean empty) {
                                super.updateItem(item, empty);
                                boolean none = empty || item == null;
                                int nl = none ? -1 : item.indexOf('\n');
                                title.setText(none ? "" : nl < 0 ? item : item.substring(0, nl));
                                body.setText(nl < 0 ? "" : item.substring(nl + 1));
                                setGraphic(none ? null : lines);
                                setText(null);
                            }
                        });
        return c;
    }

    /**
     * Sizes columns to their widest text (header or cell), as a person double-clicking the header
     * border would, so that short texts such as times and component ids are never cut.
     */
    private void fitToContent(List<TableColumn<Event, String>> columns) {
        for (TableColumn<Event, String> c : columns) {
            Text probe = new Text(c.getText());
            // The theme's type is a little larger than the platform's default font.
            probe.setFont(
                    javafx.scene.text.Font.font(
                            javafx.scene.text.Font.getDefault().getFamily(), 15));
            double widest = probe.getLayoutBounds().getWidth() + 4;
            for (Event e : events.getItems()) {
                probe.setText(c.getCellObservableValue(e).getValue());
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            double w = Math.ceil(widest + 18);
            c.setMinWidth(w);
            c.setPrefWidth(w);
            c.setMaxWidth(w);
        }
    }
}
