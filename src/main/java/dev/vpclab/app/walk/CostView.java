package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.cost.FlowCost;
import dev.vpclab.cost.LineItem;
import dev.vpclab.cost.Prices;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the selected flow costs per month: the volume the user sets, the prices as of their date
 * (each editable), the line items and the total.
 */
final class CostView extends VBox {
    private final FlowsViewModel flows;
    private final AppText t;
    private final TableView<LineItem> items = new TableView<>();
    private final Label total = new Label();
    private final Label asOf = new Label();

    CostView(FlowsViewModel flows, AppText t) {
        this.flows = flows;
        this.t = t;
        setId("cost-view");
        setSpacing(6);
        TextField gb = new TextField(flows.gbPerMonthProperty().get().toPlainString());
        gb.setId("cost-gb");
        gb.setPrefColumnCount(6);
        gb.setOnAction(e -> volume(gb));
        gb.focusedProperty()
                .addListener(
                        (o, a, focused) -> {
                            if (!focused) {
                                volume(gb);
                            }
                        });
        HBox volume = new HBox(6, new Label(t.get("walk.cost.gb")), gb);
        asOf.setId("cost-as-of");
        asOf.setWrapText(true);
        GridPane prices = new GridPane();
        prices.setHgap(6);
        prices.setVgap(3);
        int row = 0;
        for (Map.Entry<String, Function<Prices, BigDecimal>> p : priceFields().entrySet()) {
            TextField f =
                    new TextField(p.getValue().apply(flows.pricesProperty().get()).toPlainString());
            f.setId("price-" + p.getKey());
            f.setPrefColumnCount(7);
            f.setOnAction(e -> price(p.getKey(), f));
            f.focusedProperty()
                    .addListener(
                            (o, a, focused) -> {
                                if (!focused) {
                                    price(p.getKey(), f);
                                }
                            });
            prices.addRow(row++, new Label(t.get("walk.price." + p.getKey())), f);
        }
        items.setId("cost-items");
        items.setPlaceholder(new Label(t.get("walk.cost.none")));
        items.getColumns().add(column(t.get("walk.cost.component"), LineItem::component, 100));
        items.getColumns().add(column(t.get("walk.cost.what"), i -> t.render(i.what()), 170));
        items.getColumns()
                .add(
                        column(
                                t.get("walk.cost.quantity"),
                                i ->
                                        i.quantity().stripTrailingZeros().toPlainString()
                                                + " "
                                                + t.render(i.unit()),
                                110));
        items.getColumns()
                .add(
                        column(
                                t.get("walk.cost.unitPrice"),
                                i -> "$" + i.unitPrice().toPlainString(),
                                80));
        items.getColumns()
                .add(column(t.get("walk.cost.amount"), i -> "$" + i.amount().toPlainString(), 80));
        items.setPrefHeight(140);
        VBox.setVgrow(items, Priority.ALWAYS);
        total.setId("cost-total");
        total.setStyle("-fx-font-weight: bold;");
        Columns.fitHeaders(items);
        total.setWrapText(true);
        getChildren().addAll(volume, asOf, prices, items, total);
        flows.walkedProperty().addListener(o -> refresh());
        flows.gbPerMonthProperty().addListener(o -> refresh());
        flows.pricesProperty().addListener(o -> refresh());
        refresh();
    }

    /** The editable prices, by the catalogue's key. */
    static Map<String, Function<Prices, BigDecimal>> priceFields() {
        Map<String, Function<Prices, BigDecimal>> m = new LinkedHashMap<>();
        m.put("natGatewayHour", Prices::natGatewayHour);
        m.put("natGatewayDataProcessed", Prices::natGatewayDataProcessed);
        m.put("interfaceEndpointAzHour", Prices::interfaceEndpointAzHour);
        m.put("interfaceEndpointData", Prices::interfaceEndpointData);
        m.put("dataTransferToInternet", Prices::dataTransferToInternet);
        m.put("dataTransferCrossAz", Prices::dataTransferCrossAz);
        return m;
    }

    private void volume(TextField gb) {
        parse(gb.getText())
                .ifPresentOrElse(
                        v -> flows.gbPerMonthProperty().set(v),
                        () -> gb.setText(flows.gbPerMonthProperty().get().toPlainString()));
    }

    private void price(String key, TextField f) {
        Prices now = flows.pricesProperty().get();
        BigDecimal old = priceFields().get(key).apply(now);
        Optional<BigDecimal> v = parse(f.getText());
        if (v.isEmpty()) {
            f.setText(old.toPlainString());
        } else if (v.get().compareTo(old) != 0) {
            flows.pricesProperty().set(now.with(key, v.get()));
        }
    }

    private static Optional<BigDecimal> parse(String s) {
        try {
            BigDecimal v = new BigDecimal(s.trim());
            return v.signum() < 0 ? Optional.empty() : Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        asOf.setText(t.render(flows.pricesProperty().get().asOfText()));
        Optional<FlowCost> cost = flows.cost();
        items.getItems().setAll(cost.map(FlowCost::items).orElse(java.util.List.of()));
        total.setText(cost.map(c -> t.render(c.totalText())).orElse(""));
    }

    private static TableColumn<LineItem, String> column(
            String title, Function<LineItem, String> value, double width) {
        TableColumn<LineItem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
