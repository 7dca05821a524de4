package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.flowlogs.FlowLogRecord;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The VPC Flow Log records (version 5) that the network interfaces on the selected flow's path
 * would write, one column per field.
 */
final class FlowLogView extends TableView<List<String>> {

    FlowLogView(FlowsViewModel flows, AppText t) {
        setId("flow-log-table");
        setPlaceholder(new Label(t.get("walk.flowLogs.none")));
        List<String> fields = FlowLogRecord.FIELDS;
        for (int i = 0; i < fields.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(fields.get(i));
            c.setCellValueFactory(
                    d ->
                            new ReadOnlyStringWrapper(
                                    column < d.getValue().size() ? d.getValue().get(column) : ""));
            c.setSortable(false);
            getColumns().add(c);
        }
        Columns.fitHeaders(this);
        flows.walkedProperty()
                .addListener(
                        (o, a, w) ->
                                getItems()
                                        .setAll(
                                                w.map(Walked::flowLogs).orElse(List.of()).stream()
                                                        .map(r -> List.of(r.toLine().split(" ")))
                                                        .toList()));
    }
}
