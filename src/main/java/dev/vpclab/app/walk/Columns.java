package dev.vpclab.app.walk;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Tables in the narrow dock: headers never cut, placeholders wrapped. */
final class Columns {
    private Columns() {}

    /**
     * Gives every column at least the width its header needs (the table scrolls sideways rather
     * than cut "account-id" to "accou..."), and wraps the placeholder.
     */
    static void fitHeaders(TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            double w = Math.ceil(width(c.getText()) + 26);
            c.setMinWidth(w);
            if (c.getPrefWidth() < w) {
                c.setPrefWidth(w);
            }
        }
        if (table.getPlaceholder() instanceof Label l) {
            l.setWrapText(true);
            l.setPadding(new javafx.geometry.Insets(12));
        }
    }

    /** The width of a text in the theme's type (a little larger than the platform default). */
    static double width(String text) {
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(Font.font(Font.getDefault().getFamily(), 15));
        return probe.getLayoutBounds().getWidth();
    }
}
