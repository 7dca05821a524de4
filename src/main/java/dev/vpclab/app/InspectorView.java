package dev.vpclab.app;

import atlantafx.base.theme.Styles;
import dev.vpclab.edit.ComponentFields;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector: a form of the selected component's fields and tables of its routes or rules. A
 * value is committed with Enter or when the field loses focus; a refused value stays in the field,
 * marked, with the reason under it.
 */
public final class InspectorView extends ScrollPane {
    private final EditorViewModel vm;
    private final InspectorViewModel model;
    private final VBox box = new VBox(6);

    /** Half the vertical room between two fields (each field takes two grid rows). */
    static final double FIELD_GAP = 5;

    /** The room between the cells of a rule or route table. */
    static final double TABLE_GAP = 6;

    public InspectorView(EditorViewModel vm) {
        this.vm = vm;
        this.model = new InspectorViewModel(vm);
        setId("inspector");
        setFitToWidth(true);
        setPrefWidth(330);
        box.setPadding(new Insets(10));
        setContent(box);
        vm.selectionProperty().addListener(o -> rebuild());
        vm.labProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!sameSelected(a, b)) {
                                rebuild();
                            }
                        });
        vm.fieldToFocusProperty().addListener((o, a, b) -> focusField(b));
        rebuild();
    }

    private void focusField(String name) {
        if (name.isEmpty()) {
            return;
        }
        Node field = box.lookup("#field-" + name);
        if (field == null) {
            field = box.lookup("#table-" + name);
        }
        if (field != null) {
            Node target = field;
            // After the click that asked for it has finished moving the focus.
            Platform.runLater(target::requestFocus);
            // Bring the field into view.
            double y = target.localToScene(0, 0).getY() - box.localToScene(0, 0).getY();
            setVvalue(
                    Math.max(
                            0,
                            Math.min(
                                    1,
                                    y
                                            / Math.max(
                                                    1,
                                                    box.getHeight()
                                                            - getViewportBounds().getHeight()))));
        }
    }

    private boolean sameSelected(Lab a, Lab b) {
        Optional<String> id = vm.selection().single();
        if (a == null || b == null) {
            return false;
        }
        if (id.isEmpty()) {
            return a.title().equals(b.title());
        }
        return a.component(id.get()).equals(b.component(id.get()));
    }

    public InspectorViewModel model() {
        return model;
    }

    private void rebuild() {
        box.getChildren().clear();
        AppText t = vm.text();
        Optional<Component> c = model.selected();
        if (c.isEmpty()) {
            Label h =
                    new Label(
                            vm.selection().isEmpty()
                                    ? t.get("inspector.lab")
                                    : t.get("inspector.many", vm.selection().size()));
            h.getStyleClass().add(Styles.TITLE_4);
            box.getChildren().add(h);
            if (vm.selection().isEmpty()) {
                TextField title = new TextField(vm.lab().title());
                title.setId("field-title");
                title.setOnAction(e -> model.setTitle(title.getText()));
                title.focusedProperty()
                        .addListener(
                                (o, was, is) -> {
                                    if (!is) {
                                        model.setTitle(title.getText());
                                    }
                                });
                TextArea description = new TextArea(vm.lab().description());
                description.setId("field-description");
                description.setWrapText(true);
                description.setPrefRowCount(5);
                description
                        .focusedProperty()
                        .addListener(
                                (o, was, is) -> {
                                    if (!is) {
                                        model.setDescription(description.getText());
                                    }
                                });
                box.getChildren()
                        .addAll(
                                new Label(t.get("inspector.title")),
                                title,
                                new Label(t.get("inspector.description")),
                                description,
                                new Label(
                                        t.get(
                                                "inspector.summary",
                                                vm.lab().components().size(),
                                                vm.lab().region())));
            }
            return;
        }
        Component comp = c.get();
        Label h = new Label(t.render(Message.of("kind." + comp.kind().fileName())));
        h.setGraphic(PaletteView.icon(comp.kind(), 20));
        h.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(h);
        GridPane grid = new GridPane();
        grid.setId("inspector-fields");
        // Each field is two rows (its editor, then its hidden error line), so the gap counts twice:
        // 5 px gives 10 px between fields, the room the console leaves; 4 px ran them together.
        grid.setHgap(10);
        grid.setVgap(FIELD_GAP);
        // In a narrow inspector a long field name ("Private IPv4 address") wraps, never cut.
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(40);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setPercentWidth(60);
        grid.getColumnConstraints().addAll(names, editors);
        int row = 0;
        Set<String> tables =
                model.tables().stream()
                        .map(InspectorViewModel.Table::name)
                        .collect(Collectors.toSet());
        for (ComponentFields.Field f : model.fields()) {
            if (tables.contains(f.name())) {
                continue; // shown as an editable table below
            }
            Label name = new Label(vm.text().fieldLabel(f.name()));
            name.setId("label-" + f.name());
            name.setTooltip(new Tooltip(f.name())); // the key as written in the lab file
            name.getStyleClass().add(Styles.TEXT_MUTED);
            name.setWrapText(true);
            name.setMinHeight(Label.USE_PREF_SIZE);
            Label error = new Label();
            error.setId("error-" + f.name());
            error.getStyleClass().add(Styles.DANGER);
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            Node editor = editorFor(f, error);
            GridPane.setHgrow(editor, Priority.ALWAYS);
            grid.add(name, 0, row);
            grid.add(editor, 1, row++);
            grid.add(error, 1, row++);
        }
        box.getChildren().add(grid);
        for (InspectorViewModel.Table table : model.tables()) {
            box.getChildren().add(tableView(table));
        }
    }

    private Node editorFor(ComponentFields.Field f, Label error) {
        switch (f.type()) {
            case BOOLEAN -> {
                CheckBox cb = new CheckBox();
                cb.setId("field-" + f.name());
                cb.setSelected(Boolean.parseBoolean(f.text()));
                cb.setOnAction(
                        e -> {
                            Optional<String> reason =
                                    model.setField(f.name(), Boolean.toString(cb.isSelected()));
                            show(error, cb, reason);
                            if (reason.isPresent()) {
                                cb.setSelected(Boolean.parseBoolean(f.text())); // not applied
                            }
                        });
                return cb;
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId("field-" + f.name());
                combo.getItems().setAll(f.choices());
                combo.setValue(f.text());
                combo.setOnAction(
                        e -> {
                            if (combo.getValue() == null || combo.getValue().equals(f.text())) {
                                return;
                            }
                            Optional<String> reason = model.setField(f.name(), combo.getValue());
                            show(error, combo, reason);
                            if (reason.isPresent()) {
                                combo.setValue(f.text()); // not applied
                            }
                        });
                return combo;
            }
            default -> {
                TextField tf = new TextField(f.text());
                tf.setId("field-" + f.name());
                if (!f.editable()) {
                    tf.setEditable(false);
                    tf.getStyleClass().add(Styles.TEXT_MUTED);
                    tf.setTooltip(new Tooltip(f.text()));
                    return tf;
                }
                Runnable commit = () -> show(error, tf, model.setField(f.name(), tf.getText()));
                tf.setOnAction(e -> commit.run());
                tf.focusedProperty()
                        .addListener(
                                (o, was, is) -> {
                                    if (!is && tf.getScene() != null) {
                                        commit.run();
                                    }
                                });
                return tf;
            }
        }
    }

    private static void show(Label error, Node field, Optional<String> reason) {
        error.setText(reason.orElse(""));
        error.setVisible(reason.isPresent());
        error.setManaged(reason.isPresent());
        field.pseudoClassStateChanged(Styles.STATE_DANGER, reason.isPresent());
    }

    private Node tableView(InspectorViewModel.Table table) {
        AppText t = vm.text();
        VBox section = new VBox(6);
        VBox.setMargin(section, new Insets(12, 0, 0, 0));
        Label title = new Label(t.get("table." + table.name()));
        title.getStyleClass().add(Styles.TITLE_4);
        section.getChildren().add(title);
        GridPane grid = new GridPane();
        grid.setHgap(TABLE_GAP);
        grid.setVgap(TABLE_GAP);
        grid.setId("table-" + table.name());
        for (int col = 0; col < table.columns().size(); col++) {
            // Cells share the inspector's width; a narrow number column leaves room for CIDRs.
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(36);
            cc.setPercentWidth(table.columns().get(col).equals("rule") ? 14 : -1);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(t.get("column." + table.columns().get(col)));
            head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.add(head, col, 0);
        }
        Label error = new Label();
        error.setId("table-error-" + table.name());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        List<List<String>> rows = new ArrayList<>(table.rows());
        rows.add(table.columns().stream().map(c -> "").toList()); // the empty row adds one
        for (int r = 0; r < rows.size(); r++) {
            int index = r;
            List<TextField> cells = new ArrayList<>();
            for (int col = 0; col < table.columns().size(); col++) {
                TextField cell = new TextField(rows.get(r).get(col));
                cell.setId(table.name() + "-" + r + "-" + table.columns().get(col));
                cell.setPrefColumnCount(col == 0 && table.columns().size() > 3 ? 3 : 6);
                cell.setMaxWidth(Double.MAX_VALUE);
                if (r == table.rows().size()) {
                    cell.setPromptText(t.get("column." + table.columns().get(col)));
                }
                cells.add(cell);
                grid.add(cell, col, r + 1);
            }
            Function<List<TextField>, List<String>> texts =
                    cs -> cs.stream().map(TextField::getText).toList();
            for (TextField cell : cells) {
                cell.setOnAction(
                        e -> {
                            Optional<String> reason =
                                    model.setRow(table.name(), index, texts.apply(cells));
                            error.setText(reason.orElse(""));
                            cells.forEach(
                                    c ->
                                            c.pseudoClassStateChanged(
                                                    Styles.STATE_DANGER, reason.isPresent()));
                        });
            }
            if (r < table.rows().size()) {
                Button remove = new Button(null, new FontIcon("mdi2m-minus-circle-outline"));
                remove.setId(table.name() + "-" + r + "-remove");
                remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
                remove.setOnAction(
                        e -> error.setText(model.removeRow(table.name(), index).orElse("")));
                grid.add(remove, table.columns().size(), r + 1);
            }
        }
        section.getChildren().addAll(grid, error);
        return section;
    }
}
