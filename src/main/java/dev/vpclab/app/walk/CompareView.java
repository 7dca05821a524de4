package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.cost.FlowComparison;
import dev.vpclab.cost.FlowCost;
import dev.vpclab.walk.FlowBadges.FlowBadge;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Compare mode: two saved flows side by side (for example the same request via a NAT gateway and
 * via a gateway endpoint) with the path of each, the source address the destination sees, the cost,
 * and the differences in words.
 */
final class CompareView extends VBox {
    private final FlowsViewModel flows;
    private final AppText t;
    private final ComboBox<FlowBadge> first = new ComboBox<>();
    private final ComboBox<FlowBadge> second = new ComboBox<>();
    private final GridPane table = new GridPane();
    private final VBox summary = new VBox(2);
    private int firstIndex = -1;
    private int secondIndex = -1;
    private boolean reselecting;

    CompareView(FlowsViewModel flows, AppText t) {
        this.flows = flows;
        this.t = t;
        setId("compare-view");
        setSpacing(6);
        first.setId("compare-first");
        second.setId("compare-second");
        for (ComboBox<FlowBadge> c : java.util.List.of(first, second)) {
            c.setItems(flows.badges());
            c.setCellFactory(v -> new NameCell());
            c.setButtonCell(new NameCell());
            c.setMaxWidth(Double.MAX_VALUE);
            c.valueProperty().addListener(o -> refresh());
        }
        table.setHgap(10);
        table.setVgap(4);
        summary.setId("compare-summary");
        getChildren()
                .addAll(
                        new Label(t.get("walk.compare.first")),
                        first,
                        new Label(t.get("walk.compare.second")),
                        second,
                        table,
                        summary);
        // After an edit the flows are traced again: keep the same two flows picked, by position.
        flows.badges()
                .addListener(
                        (javafx.collections.ListChangeListener<FlowBadge>)
                                c -> {
                                    reselect(first, firstIndex);
                                    reselect(second, secondIndex);
                                });
        first.valueProperty().addListener((o, a, b) -> remember());
        second.valueProperty().addListener((o, a, b) -> remember());
        flows.gbPerMonthProperty().addListener(o -> refresh());
        flows.pricesProperty().addListener(o -> refresh());
    }

    private void remember() {
        if (!reselecting) {
            firstIndex = flows.badges().indexOf(first.getValue());
            secondIndex = flows.badges().indexOf(second.getValue());
        }
    }

    private void reselect(ComboBox<FlowBadge> box, int index) {
        reselecting = true;
        box.setValue(
                index >= 0 && index < flows.badges().size() ? flows.badges().get(index) : null);
        reselecting = false;
    }

    private void refresh() {
        table.getChildren().clear();
        summary.getChildren().clear();
        int a = flows.badges().indexOf(first.getValue());
        int b = flows.badges().indexOf(second.getValue());
        Optional<FlowComparison> c = flows.compare(a, b);
        if (c.isEmpty()) {
            return;
        }
        FlowComparison cmp = c.get();
        table.addRow(
                0,
                new Label(),
                bold(t.get("walk.compare.first")),
                bold(t.get("walk.compare.second")));
        table.addRow(
                1,
                new Label(t.get("walk.compare.path")),
                wrap(path(cmp.first())),
                wrap(path(cmp.second())));
        table.addRow(
                2,
                new Label(t.get("walk.compare.sourceSeen")),
                new Label(cmp.sourceSeenByFirst().map(Object::toString).orElse("-")),
                new Label(cmp.sourceSeenBySecond().map(Object::toString).orElse("-")));
        Label costA = new Label(t.render(cmp.first().totalText()));
        costA.setId("compare-cost-first");
        Label costB = new Label(t.render(cmp.second().totalText()));
        costB.setId("compare-cost-second");
        table.addRow(3, new Label(t.get("walk.compare.cost")), costA, costB);
        cmp.summary().forEach(m -> summary.getChildren().add(wrap(t.render(m))));
    }

    private static String path(FlowCost c) {
        return String.join(" \u2192 ", c.trace().pathIds());
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label wrap(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(220);
        return l;
    }

    private static final class NameCell extends ListCell<FlowBadge> {
        @Override
        protected void updateItem(FlowBadge item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : FlowsViewModel.describe(item.flow()));
        }
    }
}
