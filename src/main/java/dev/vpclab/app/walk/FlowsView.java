package dev.vpclab.app.walk;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.walk.FlowBadges.Badge;
import dev.vpclab.walk.FlowBadges.FlowBadge;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The saved flows of the lab, each with its live badge (reachable, blocked, changed), and buttons
 * to add a flow (the picker) or remove the selected one. Selecting a flow plays it.
 */
final class FlowsView extends VBox {
    private final ListView<FlowBadge> list = new ListView<>();
    private boolean syncing;
    private Optional<dev.vpclab.model.Flow> lastPicked = Optional.empty();

    FlowsView(FlowsViewModel flows, EditorViewModel editor, AppText t) {
        setId("flows-view");
        setSpacing(4);
        Label title = new Label(t.get("walk.flows"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button(null, new FontIcon("mdi2p-plus"));
        add.setId("flow-new");
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        add.setTooltip(new Tooltip(t.get("walk.flow.new")));
        add.setOnAction(
                e ->
                        new FlowPicker(editor.lab(), t, lastPicked)
                                .dialog(getScene().getWindow())
                                .showAndWait()
                                .ifPresent(
                                        f -> {
                                            // The next new flow starts from this one's choices.
                                            lastPicked = Optional.of(f);
                                            flows.addFlow(f);
                                        }));
        Button remove = new Button(null, new FontIcon("mdi2m-minus"));
        remove.setId("flow-remove");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setTooltip(new Tooltip(t.get("walk.flow.remove")));
        remove.disableProperty().bind(flows.selectedProperty().lessThan(0));
        remove.setOnAction(e -> flows.removeFlow(flows.selectedProperty().get()));
        ToggleButton playAll = new ToggleButton(null, new FontIcon("mdi2p-play-box-multiple"));
        playAll.setId("flows-play-all");
        playAll.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        playAll.setTooltip(new Tooltip(t.get("walk.flows.playAll")));
        playAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(flows.badges()));
        playAll.setOnAction(
                e -> {
                    if (playAll.isSelected()) {
                        flows.playAll();
                    } else {
                        flows.stopAll();
                    }
                });
        flows.lanesProperty().addListener((o, a, b) -> playAll.setSelected(flows.isPlayingAll()));
        flows.selectedProperty()
                .addListener((o, a, b) -> playAll.setSelected(flows.isPlayingAll()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, title, spacer, playAll, add, remove);

        list.setId("flow-list");
        list.setItems(flows.badges());
        list.setPlaceholder(new Label(t.get("walk.flows.empty")));
        list.setPrefHeight(150);
        list.setCellFactory(v -> new BadgeCell(t));
        list.getSelectionModel()
                .selectedIndexProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!syncing && b.intValue() != flows.selectedProperty().get()) {
                                flows.select(b.intValue());
                            }
                        });
        // The list is refilled after each edit; the view-model keeps the selection.
        Runnable sync =
                () -> {
                    syncing = true;
                    int i = flows.selectedProperty().get();
                    if (i < 0) {
                        list.getSelectionModel().clearSelection();
                    } else {
                        list.getSelectionModel().select(i);
                    }
                    syncing = false;
                };
        flows.selectedProperty().addListener(o -> sync.run());
        flows.badges()
                .addListener((javafx.collections.ListChangeListener<FlowBadge>) c -> sync.run());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
    }

    ListView<FlowBadge> list() {
        return list;
    }

    /** A flow's row: the badge, then the name. */
    private static final class BadgeCell extends ListCell<FlowBadge> {
        private final AppText t;

        BadgeCell(AppText t) {
            this.t = t;
            // As wide as the list, never wider: the row wraps its name at the list's width.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FlowBadge item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            // The badge says the verdict; "changed" is marked beside it, since a flow that
            // changed is still reachable or blocked.
            Badge verdict = item.reachable() ? Badge.REACHABLE : Badge.BLOCKED;
            // The flow's colour when flows play together.
            Region swatch = new Region();
            swatch.setId("flow-colour-" + getIndex());
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            swatch.setStyle(
                    "-fx-background-radius: 6; -fx-background-color: "
                            + FlowPalette.of(getIndex())
                            + ";");
            Label badge = new Label(t.get("walk.badge." + verdict.name()));
            badge.getStyleClass().add("flow-badge");
            badge.setId("flow-badge-" + getIndex());
            badge.setStyle(pill(colour(verdict)));
            // A long name wraps at the list's width instead of being cut or scrolled sideways (a
            // Text: a cell measures its graphic's height without a width, which a wrapping Label
            // needs).
            javafx.scene.text.Text name =
                    new javafx.scene.text.Text(FlowsViewModel.describe(item.flow()));
            name.setId("flow-name-" + getIndex());
            name.fillProperty().bind(textFillProperty());
            name.fontProperty().bind(fontProperty());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(6, swatch, badge);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (item.badge() == Badge.CHANGED) {
                Label changed = new Label(t.get("walk.badge.CHANGED"));
                changed.setId("flow-changed-" + getIndex());
                changed.setStyle(pill(colour(Badge.CHANGED)));
                changed.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(changed);
            }
            row.getChildren().add(name);
            if (getListView() != null) {
                javafx.scene.Node[] before = row.getChildren().toArray(new javafx.scene.Node[0]);
                name.wrappingWidthProperty()
                        .bind(
                                javafx.beans.binding.Bindings.createDoubleBinding(
                                        () -> {
                                            double used = 40; // padding, scroll bar, gaps
                                            for (javafx.scene.Node n : before) {
                                                if (n != name) {
                                                    used += n.prefWidth(-1) + 6;
                                                }
                                            }
                                            return Math.max(80, getListView().getWidth() - used);
                                        },
                                        getListView().widthProperty(),
                                        badge.widthProperty()));
            }
            setText(null);
            setGraphic(row);
        }

        private static String pill(String colour) {
            return "-fx-text-fill: white; -fx-padding: 1 6; -fx-background-radius: 8;"
                    + " -fx-background-color: "
                    + colour
                    + ";";
        }

        private static String colour(Badge b) {
            return switch (b) {
                case REACHABLE -> "#1D8102";
                case BLOCKED -> "#D13212";
                case CHANGED -> "#EC7211";
            };
        }
    }
}
