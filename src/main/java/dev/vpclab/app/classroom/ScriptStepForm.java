package dev.vpclab.app.classroom;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.classroom.Script;
import dev.vpclab.classroom.ScriptChoices;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The fields of one script step, as the lab file has them: the flow of a show step, the English and
 * Korean text of a caption, the edit and its arguments, each offering what the lab has. A value is
 * committed with Enter, a choice or when the field loses focus; a refused value stays in the field,
 * marked, with the reason under it (the reader's and the player's reason, from the core).
 */
final class ScriptStepForm extends VBox {
    /** Commits a changed step: empty when the lab took it, else why not. */
    interface Commit {
        Optional<Message> apply(Script.Step step);
    }

    private final AppText t;
    private final Commit commit;
    private int index = -1;
    private Script.Step shown;
    private Lab before;
    // Bumped on each rebuild: a field of an older form that loses focus commits nothing.
    private int generation;

    ScriptStepForm(AppText t, Commit commit) {
        super(4);
        this.t = t;
        this.commit = commit;
        setId("script-form");
        setPadding(new Insets(0, 0, 0, 4));
        setPrefWidth(380);
        setMinWidth(320);
        clear();
    }

    /** The step the fields show (null when none). */
    Script.Step shown() {
        return shown;
    }

    int index() {
        return index;
    }

    /** Shows nothing to edit. */
    void clear() {
        generation++;
        index = -1;
        shown = null;
        getChildren().setAll(title(t.get("script.nothingSelected")));
    }

    /** Shows step {@code at}, which finds the lab as {@code labBefore}. */
    void show(int at, Script.Step step, Lab labBefore) {
        generation++;
        index = at;
        shown = step;
        before = labBefore;
        getChildren().clear();
        getChildren().add(title(t.get("script.form.step", at + 1, kindWord(step))));
        if (step instanceof Script.Show s) {
            showFields(s);
        } else if (step instanceof Script.Say s) {
            sayFields(s);
        } else if (step instanceof Script.Edit e) {
            editFields(e);
        }
    }

    /** Puts the cursor in the first field (after adding a step). */
    void focusFirst() {
        getChildren().stream()
                .filter(n -> n instanceof TextField || n instanceof ComboBox)
                .findFirst()
                .ifPresent(
                        n ->
                                Platform.runLater(
                                        () -> {
                                            n.requestFocus();
                                            if (n instanceof TextField tf) {
                                                tf.selectAll();
                                            }
                                        }));
    }

    static String kindWord(Script.Step step, AppText t) {
        return t.get(
                step instanceof Script.Show
                        ? "script.kind.show"
                        : step instanceof Script.Say ? "script.kind.say" : "script.kind.edit");
    }

    private String kindWord(Script.Step step) {
        return kindWord(step, t);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        l.setWrapText(true);
        l.setPadding(new Insets(0, 0, 6, 0));
        return l;
    }

    private void showFields(Script.Show s) {
        ComboBox<String> flow = combo("flow", ScriptChoices.flows(before), s.flow());
        Label error = error("flow");
        onCommit(flow, () -> flow.getEditor().getText(), v -> new Script.Show(v.trim()), error);
        add("flow", flow, error);
    }

    private void sayFields(Script.Say s) {
        for (String language : List.of("en", "ko")) {
            TextField field = new TextField(s.text().getOrDefault(language, ""));
            field.setId("script-say-" + language);
            field.setPrefColumnCount(28);
            Label error = error("say-" + language);
            onCommit(
                    field,
                    field::getText,
                    v -> {
                        Map<String, String> text = new LinkedHashMap<>(((Script.Say) shown).text());
                        if (v.isBlank()) {
                            text.remove(language);
                        } else {
                            text.put(language, v.strip());
                        }
                        return new Script.Say(text);
                    },
                    error);
            add("say." + language, field, error);
        }
    }

    private void editFields(Script.Edit e) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("script-edit-kind");
        kind.getItems().setAll(ScriptChoices.EDITS);
        kind.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(String edit) {
                        return edit == null ? "" : t.get("script.edit." + edit);
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
        kind.setValue(e.edit());
        kind.setMaxWidth(Double.MAX_VALUE);
        Label kindError = error("edit");
        int built = generation;
        kind.setOnAction(
                a -> {
                    if (built != generation || kind.getValue().equals(e.edit())) {
                        return;
                    }
                    Optional<Script.Step> fresh = ScriptChoices.newEdit(before, kind.getValue());
                    if (fresh.isEmpty()) {
                        mark(kindError, kind, Optional.of(t.get("script.noEdit")));
                        return;
                    }
                    Optional<Message> why = commit.apply(fresh.get());
                    mark(kindError, kind, why.map(t::render));
                    if (why.isEmpty()) {
                        show(index, fresh.get(), before);
                    }
                });
        add("edit", kind, kindError);
        for (String arg : ScriptChoices.arguments(e.edit())) {
            String value = e.args().getOrDefault(arg, "");
            Label error = error(arg);
            Control field;
            Supplier<String> read;
            if (arg.equals("value")) {
                TextField tf = new TextField(value);
                tf.setId("script-arg-value");
                field = tf;
                read = tf::getText;
            } else {
                ComboBox<String> c = combo("arg-" + arg, choices(e, arg), value);
                field = c;
                read = () -> c.getEditor().getText();
            }
            onCommit(
                    field,
                    read,
                    v -> ScriptChoices.withArgument(before, (Script.Edit) shown, arg, v.trim()),
                    error);
            add(arg, field, error);
        }
    }

    private List<String> choices(Script.Edit e, String arg) {
        return switch (arg) {
            case "routeTable" -> ScriptChoices.routeTables(before);
            case "destination" ->
                    e.edit().equals("deleteRoute")
                            ? ScriptChoices.destinations(
                                    before, e.args().getOrDefault("routeTable", ""))
                            : List.of();
            case "target" -> ScriptChoices.targets(before);
            case "id", "component" -> ScriptChoices.components(before);
            case "field" ->
                    List.copyOf(
                            ScriptChoices.fields(before, e.args().getOrDefault("component", ""))
                                    .keySet());
            default -> List.of();
        };
    }

    private ComboBox<String> combo(String name, List<String> items, String value) {
        ComboBox<String> c = new ComboBox<>();
        c.setId("script-" + name);
        c.setEditable(true);
        c.getItems().setAll(items);
        c.setValue(value);
        c.getEditor().setText(value);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(12);
        return c;
    }

    /**
     * Commits the field's text as a new step on Enter, a choice, or when the field loses focus. The
     * step is built by the core (the reader's records refuse a blank flow or caption).
     */
    private void onCommit(
            Control field,
            Supplier<String> read,
            Function<String, Script.Step> build,
            Label error) {
        int built = generation;
        Runnable run =
                () -> {
                    if (built != generation) {
                        return;
                    }
                    Script.Step next;
                    try {
                        next = build.apply(read.get());
                    } catch (Script.Unreadable u) {
                        mark(error, field, Optional.of(t.render(u.reason())));
                        return;
                    }
                    if (next.equals(shown)) {
                        mark(error, field, Optional.empty());
                        return;
                    }
                    Script.Step was = shown;
                    // So that the lab's change does not rebuild the form under the pointer.
                    shown = next;
                    Optional<Message> why = commit.apply(next);
                    if (why.isPresent()) {
                        shown = was;
                        mark(error, field, why.map(t::render));
                    } else if (built == generation) {
                        mark(error, field, Optional.empty());
                        if (dependentChanged(was, next, field)) {
                            show(index, next, before);
                        }
                    }
                };
        if (field instanceof ComboBox<?> c) {
            // A choice (or Enter) has set the value before the editor's text follows it.
            c.setOnAction(
                    e -> {
                        if (c.getValue() != null && c.isEditable()) {
                            c.getEditor().setText(String.valueOf(c.getValue()));
                        }
                        run.run();
                    });
        } else if (field instanceof TextField tf) {
            tf.setOnAction(e -> run.run());
        }
        field.focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (!is) {
                                run.run();
                            }
                        });
    }

    /** Whether a change of one argument also changed others (another table, another field). */
    private static boolean dependentChanged(Script.Step was, Script.Step next, Control field) {
        if (!(was instanceof Script.Edit a) || !(next instanceof Script.Edit b)) {
            return false;
        }
        long changed =
                b.args().entrySet().stream()
                        .filter(en -> !en.getValue().equals(a.args().get(en.getKey())))
                        .count();
        // The choices of the dependent fields (the routes of another table) must follow too.
        return changed > 1
                || List.of("script-arg-routeTable", "script-arg-component", "script-arg-field")
                        .contains(field.getId());
    }

    private Label error(String name) {
        Label error = new Label();
        error.setId("script-error-" + name);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.setManaged(false);
        error.setVisible(false);
        return error;
    }

    private void add(String name, Control field, Label error) {
        Label label = new Label(t.get("script.field." + name));
        label.setLabelFor(field);
        label.setTooltip(new Tooltip(name));
        label.setPadding(new Insets(4, 0, 0, 0));
        field.setTooltip(new Tooltip(name));
        getChildren().addAll(label, field, error);
    }

    private static void mark(Label error, Node field, Optional<String> reason) {
        error.setText(reason.orElse(""));
        error.setVisible(reason.isPresent());
        error.setManaged(reason.isPresent());
        field.pseudoClassStateChanged(Styles.STATE_DANGER, reason.isPresent());
    }
}
