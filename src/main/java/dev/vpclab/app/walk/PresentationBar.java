package dev.vpclab.app.walk;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip under the diagram in presentation mode: the flow's title, then the player (previous,
 * play or pause, next) and "step x of n". The buttons never take the keyboard focus: the keys
 * (Left, Space, Right) keep working wherever the focus is.
 */
final class PresentationBar extends HBox {
    private final PlayerViewModel player;
    private final FlowsViewModel flows;
    private final AppText t;
    private final Label title = new Label();
    private final Label step = new Label();
    private final Button play;

    PresentationBar(PlayerViewModel player, FlowsViewModel flows, AppText t) {
        this.player = player;
        this.flows = flows;
        this.t = t;
        setId("presentation-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(2, 12, 2, 12));
        setStyle("-fx-background-color: -color-bg-subtle; -fx-font-size: 18px;");
        title.setId("presentation-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button back = button("mdi2s-step-backward", "presentation-back", t.get("walk.back"));
        back.setOnAction(e -> player.stepBack());
        play = button("mdi2p-play", "presentation-play", t.get("walk.play"));
        play.setOnAction(e -> player.togglePlay());
        Button next = button("mdi2s-step-forward", "presentation-next", t.get("walk.forward"));
        next.setOnAction(e -> player.stepForward());
        step.setId("presentation-step");
        step.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(title, back, play, next, step);
        player.frameProperty().addListener(o -> update());
        player.playingProperty().addListener(o -> update());
        flows.walkedProperty().addListener(o -> update());
        update();
    }

    private void update() {
        title.setText(
                flows.walked()
                        .map(
                                w ->
                                        w.flow()
                                                .name()
                                                .orElseGet(() -> FlowsViewModel.describe(w.flow())))
                        .orElseGet(() -> t.get("presentation.noFlow")));
        int n = player.events().size();
        step.setText(n == 0 ? "" : t.get("presentation.step", player.hopIndex() + 1, n));
        ((FontIcon) play.getGraphic())
                .setIconLiteral(player.isPlaying() ? "mdi2p-pause" : "mdi2p-play");
        for (javafx.scene.Node b : getChildren()) {
            if (b instanceof Button) {
                b.setDisable(n == 0);
            }
        }
    }

    private static Button button(String icon, String id, String tip) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(24);
        Button b = new Button(null, graphic);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
