package dev.vpclab.app;

import dev.vpclab.check.Problem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

/** The problems of the lab; clicking one selects its component on the canvas. */
public final class ProblemsView extends ListView<Problem> {

    public ProblemsView(EditorViewModel vm) {
        super(vm.problems());
        setId("problems");
        setPrefHeight(120);
        setPlaceholder(new Label(vm.text().get("problems.none")));
        setCellFactory(
                v ->
                        new ListCell<>() {
                            @Override
                            protected void updateItem(Problem p, boolean empty) {
                                super.updateItem(p, empty);
                                if (empty || p == null) {
                                    setText(null);
                                    setGraphic(null);
                                    return;
                                }
                                setText(describe(vm.text(), p));
                                FontIcon icon =
                                        new FontIcon(
                                                p.isError() ? "mdi2a-alert-circle" : "mdi2a-alert");
                                icon.setIconColor(Color.web(p.isError() ? "#D91515" : "#F89256"));
                                setGraphic(icon);
                            }
                        });
        getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, a, p) -> {
                            if (p != null) {
                                p.component()
                                        .filter(id -> vm.lab().component(id).isPresent())
                                        .ifPresent(id -> vm.reveal(id, p.field()));
                            }
                        });
    }

    /** One line: where, what, why. */
    static String describe(AppText text, Problem p) {
        StringBuilder sb = new StringBuilder();
        p.location()
                .ifPresent(
                        l ->
                                sb.append(text.get("problems.line", l.line(), l.column()))
                                        .append("  "));
        p.component().ifPresent(c -> sb.append(c));
        p.field().ifPresent(f -> sb.append(p.component().isPresent() ? "." : "").append(f));
        if (p.component().isPresent() || p.field().isPresent()) {
            sb.append(": ");
        }
        sb.append(text.render(p.message())).append("  [").append(p.code()).append(']');
        return sb.toString();
    }
}
