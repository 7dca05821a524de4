package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.i18n.Message;
import dev.vpclab.walk.Card;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The card shown beside the component where the packet is: the check, what decided (in words),
 * route table rows (the winner highlighted, the losers struck through with why), the NAT rewrite,
 * and for a blocked packet why in words (once), the Reachability Analyzer code small, the fix and
 * an "Apply fix" button.
 */
final class CardView {
    private CardView() {}

    /** The card as a node; {@code applyFix} is offered when the packet was blocked. */
    static VBox of(Card card, AppText t, Optional<Runnable> applyFix, double scale) {
        VBox box = new VBox(4 * scale);
        box.setId("walk-card");
        box.setMaxWidth(360 * scale);
        boolean blocked = card.blocked().isPresent();
        box.setStyle(
                "-fx-background-color: "
                        + (blocked ? "#FDF3F1" : "#FFFFFFF0")
                        + "; -fx-border-color: "
                        + (blocked ? "#D13212" : "#8C4FFF")
                        + "; -fx-border-width: "
                        + 2 * scale
                        + "; -fx-border-radius: 6; -fx-background-radius: 6; -fx-padding: "
                        + 8 * scale
                        + "; -fx-font-size: "
                        + 12 * scale
                        + "px;");
        Label title = label(card.component(), "card-title");
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: #16191F;");
        box.getChildren().addAll(title, label(t.render(card.check()), "card-check"));
        if (!blocked) { // a blocked card says why once, in its blocked part
            card.decision()
                    .ifPresent(d -> box.getChildren().add(label(t.render(d), "card-decision")));
        }
        int i = 0;
        for (Card.RouteRow row : card.routes()) {
            box.getChildren().add(routeRow(row, t, i++));
        }
        card.translation()
                .ifPresent(m -> box.getChildren().add(label(t.render(m), "card-translation")));
        card.note().ifPresent(m -> box.getChildren().add(label(t.render(m), "card-note")));
        for (Message m : card.details()) {
            box.getChildren().add(label(t.render(m), null));
        }
        card.blocked().ifPresent(b -> blocked(box, b, t, applyFix));
        return box;
    }

    private static void blocked(VBox box, Card.Blocked b, AppText t, Optional<Runnable> applyFix) {
        // The reason once, in words; the Reachability Analyzer code small, for those who look it
        // up in the AWS console.
        Label reason = label(t.get("walk.card.blocked", t.render(b.detail())), "card-reason");
        reason.setStyle("-fx-font-weight: bold; -fx-text-fill: #D13212;");
        box.getChildren().add(reason);
        b.reachabilityAnalyzerCode()
                .ifPresent(
                        c -> {
                            Label code = label(t.get("walk.card.code", c), "card-code");
                            code.setStyle("-fx-font-size: 0.8em; -fx-text-fill: #5F6B7A;");
                            box.getChildren().add(code);
                        });
        box.getChildren().add(label(t.get("walk.card.fix", t.render(b.fix())), "card-fix"));
        applyFix.ifPresent(
                run -> {
                    Button apply = new Button(t.get("walk.card.applyFix"));
                    apply.setId("apply-fix");
                    apply.setOnAction(e -> run.run());
                    box.getChildren().add(apply);
                });
    }

    private static TextFlow routeRow(Card.RouteRow row, AppText t, int index) {
        String text = forPeople(row.route());
        Text route = new Text(text);
        route.setId("card-route-" + index);
        route.setStrikethrough(row.state() == Card.RowState.LOST);
        TextFlow flow = new TextFlow(route);
        switch (row.state()) {
            case WINNER -> {
                route.setStyle("-fx-font-weight: bold; -fx-fill: #1D8102;");
                flow.setStyle("-fx-background-color: #E9F7E6; -fx-padding: 1 4;");
                route.setText("\u2714 " + text);
            }
            case LOST -> route.setStyle("-fx-fill: #7D8998;");
            case NOT_MATCHING -> route.setStyle("-fx-fill: #AAB7B8;");
        }
        row.why().ifPresent(w -> flow.getChildren().add(new Text("  " + t.render(w))));
        return flow;
    }

    /**
     * A core text as a person reads it: the routing core writes a route as the lab file's
     * "destination -> target"; the card and the event list show an arrow.
     */
    static String forPeople(String core) {
        return core.replace(" -> ", " \u2192 ");
    }

    private static Label label(String text, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (id != null) {
            l.setId(id);
        }
        if (l.getStyle().isEmpty()) {
            l.setStyle("-fx-text-fill: #16191F;");
        }
        return l;
    }
}
