package dev.vpclab.app.classroom;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.Windows;
import dev.vpclab.app.Workbench;
import dev.vpclab.classroom.Script;
import dev.vpclab.classroom.ScriptChoices;
import dev.vpclab.classroom.ScriptEdits;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * View > Teacher's Script: the steps of the lab's script in order, with buttons to add a show, say
 * or edit step after the selected one, delete it, move it up or down (or drag it), and try it in
 * presentation mode from there; the selected step's fields are edited beside the list. Every change
 * is one edit of the lab (so one undo entry, saved with the lab), made by {@link ScriptEdits}.
 */
public final class ScriptEditor {
    private static final Map<EditorViewModel, ScriptEditor> OPEN = new WeakHashMap<>();

    private final Workbench window;
    private final EditorViewModel vm;
    private final AppText t;
    private final ListView<Integer> list = new ListView<>();
    private final ScriptStepForm form;
    private final Label unreadable = new Label();
    private final Label refusal = new Label();
    private final Button addShow;
    private final Button addSay;
    private final Button addEdit;
    private final Button up;
    private final Button down;
    private final Button delete;
    private final Button tryIt;
    private final Stage stage;
    private final ChangeListener<Lab> labChanged = (o, a, b) -> reload();
    private Script script = new Script(List.of());
    private int dragFrom = -1;
    private int dropAt = -1;
    private boolean trying;
    private boolean reloading;

    private ScriptEditor(Workbench window) {
        this.window = window;
        this.vm = window.viewModel();
        this.t = vm.text();
        this.form = new ScriptStepForm(t, this::change);
        list.setId("script-steps");
        list.setPrefSize(440, 340);
        list.setCellFactory(v -> new StepCell());
        Label empty = wrapped(t.get("script.empty"));
        empty.setMaxWidth(360);
        empty.setPadding(new Insets(16));
        empty.setAlignment(Pos.CENTER);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        list.setPlaceholder(empty);
        list.getSelectionModel()
                .selectedIndexProperty()
                .addListener((InvalidationListener) o -> selected());
        addShow = button("script-add-show", "script.add.show", () -> add("show"));
        addSay = button("script-add-say", "script.add.say", () -> add("say"));
        addEdit = button("script-add-edit", "script.add.edit", () -> add("edit"));
        up = button("script-up", "script.up", () -> moveBy(-1));
        down = button("script-down", "script.down", () -> moveBy(1));
        delete = button("script-delete", "script.delete", this::delete);
        tryIt = button("script-try", "script.try", this::tryIt);
        tryIt.getStyleClass().add(Styles.ACCENT);
        Button undo = button("script-undo", "script.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("script-redo", "script.redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button close = button("script-close", "dialog.button.close", () -> stageClose());
        close.setCancelButton(true);

        Label hint = wrapped(t.get("script.hint"));
        hint.setId("script-hint");
        unreadable.setId("script-unreadable");
        unreadable.getStyleClass().add(Styles.DANGER);
        unreadable.setWrapText(true);
        refusal.setId("script-refusal");
        refusal.getStyleClass().add(Styles.DANGER);
        refusal.setWrapText(true);
        refusal.setMaxWidth(440);
        show(unreadable, false);
        show(refusal, false);

        HBox adds = new HBox(6, addShow, addSay, addEdit);
        HBox moves = new HBox(6, up, down, delete);
        VBox left = new VBox(8, list, adds, moves, refusal);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox centre = new HBox(16, left, form);
        HBox.setHgrow(form, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(6, tryIt, undo, redo, gap, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, hint, unreadable);
        BorderPane root = new BorderPane(centre, top, null, bottom, null);
        BorderPane.setMargin(centre, new Insets(10, 0, 10, 0));
        root.setPadding(new Insets(14));
        root.setId("script-editor");

        stage = Windows.stage(window.stage(), t.get("script.title"), root, false);
        // The main window's Undo and Redo keys work here too: the edits are the lab's.
        stage.getScene()
                .getAccelerators()
                .put(KeyCombination.keyCombination("Shortcut+Z"), vm::undo);
        stage.getScene()
                .getAccelerators()
                .put(KeyCombination.keyCombination("Shortcut+Shift+Z"), vm::redo);
        stage.getScene()
                .getAccelerators()
                .put(KeyCombination.keyCombination("Shortcut+Y"), vm::redo);
        stage.setOnShowing(e -> vm.labProperty().addListener(labChanged));
        stage.setOnHidden(
                e -> {
                    vm.labProperty().removeListener(labChanged);
                    if (!trying) {
                        OPEN.remove(vm);
                    }
                });
        reload();
    }

    /** Adds View > Teacher's Script after Presentation. */
    public static void register(MenuBar bar, Workbench window) {
        AppText t = window.viewModel().text();
        ScriptEditor open = OPEN.get(window.viewModel());
        if (open != null && !open.t.locale().equals(t.locale())) {
            open.stageClose(); // the window was rebuilt in another language
        }
        MenuItem item = new MenuItem(t.get("menu.script"));
        item.setId("menu-script");
        item.setOnAction(e -> show(window));
        for (Menu m : bar.getMenus()) {
            if ("menu-view".equals(m.getId())) {
                int at = m.getItems().size();
                for (int i = 0; i < m.getItems().size(); i++) {
                    if ("menu-presentation".equals(m.getItems().get(i).getId())) {
                        at = i + 1;
                    }
                }
                m.getItems().add(at, item);
            }
        }
    }

    /** Opens the editor of a window's lab script, or brings it to the front. */
    public static ScriptEditor show(Workbench window) {
        ScriptEditor e = OPEN.computeIfAbsent(window.viewModel(), k -> new ScriptEditor(window));
        e.stage.show();
        e.stage.toFront();
        return e;
    }

    /** The editor's window. */
    public Stage stage() {
        return stage;
    }

    private void stageClose() {
        trying = false;
        stage.close();
    }

    // --- the list ---

    private void reload() {
        Optional<Message> why = ScriptEdits.readable(vm.lab());
        show(unreadable, why.isPresent());
        why.ifPresent(m -> unreadable.setText(t.get("classroom.script.invalid", t.render(m))));
        script = why.isPresent() ? new Script(List.of()) : ScriptEdits.scriptOf(vm.lab());
        int selected = list.getSelectionModel().getSelectedIndex();
        // Replacing the rows clears the selection for a moment: the form must not follow that,
        // or it would be rebuilt (and lose the cursor) at every change it makes itself.
        reloading = true;
        try {
            list.getItems().setAll(IntStream.range(0, script.steps().size()).boxed().toList());
            list.refresh();
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel()
                        .select(Math.max(0, Math.min(selected, list.getItems().size() - 1)));
            }
        } finally {
            reloading = false;
        }
        selected();
        for (Button b : List.of(addShow, addSay, addEdit)) {
            b.setDisable(why.isPresent());
        }
    }

    /** The selected step's fields, unless the form already shows it (it made the change). */
    private void selected() {
        if (reloading) {
            return;
        }
        refuse(Optional.empty());
        int i = list.getSelectionModel().getSelectedIndex();
        int n = script.steps().size();
        up.setDisable(i <= 0);
        down.setDisable(i < 0 || i >= n - 1);
        delete.setDisable(i < 0);
        tryIt.setDisable(i < 0);
        if (i < 0 || i >= n) {
            form.clear();
            return;
        }
        Script.Step step = script.steps().get(i);
        if (form.index() != i || !step.equals(form.shown())) {
            form.show(i, step, script.labBefore(vm.lab(), i));
        }
    }

    private String summary(int i) {
        Script.Step step = script.steps().get(i);
        String detail;
        if (step instanceof Script.Show s) {
            detail = s.flow();
        } else if (step instanceof Script.Say s) {
            detail = s.in(t.locale());
        } else {
            Script.Edit e = (Script.Edit) step;
            List<String> args =
                    ScriptChoices.arguments(e.edit()).stream()
                            .map(a -> e.args().getOrDefault(a, ""))
                            .toList();
            detail =
                    t.get(
                            "script.edit.summary",
                            t.get("script.edit." + e.edit()),
                            String.join(", ", args));
        }
        return t.get("script.step", i + 1, ScriptStepForm.kindWord(step, t), detail);
    }

    /** A step of the list; dragging it to another row moves it there. */
    private final class StepCell extends ListCell<Integer> {
        StepCell() {
            // A long caption or flow name is cut to the list's width instead of scrolling it.
            setPrefWidth(0);
            setOnMousePressed(
                    e -> {
                        dragFrom = isEmpty() ? -1 : getIndex();
                        dropAt = -1;
                    });
            setOnMouseDragged(
                    e -> {
                        if (dragFrom >= 0) {
                            dropAt = indexAt(e.getSceneY());
                            list.setCursor(Cursor.MOVE);
                            markDrop();
                        }
                    });
            setOnMouseReleased(
                    e -> {
                        int from = dragFrom;
                        int to = dropAt;
                        dragFrom = -1;
                        dropAt = -1;
                        list.setCursor(Cursor.DEFAULT);
                        markDrop();
                        if (from >= 0 && to >= 0 && to != from) {
                            move(from, to);
                        }
                    });
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item >= script.steps().size()) {
                setText(null);
                setId(null);
                setTooltip(null);
            } else {
                setText(summary(item));
                setId("script-step-" + item);
                // A long row ends in "..." in the list: its whole text is in the tooltip.
                setTooltip(new javafx.scene.control.Tooltip(getText()));
            }
        }
    }

    /** The row under a point of the scene, the first or last row beyond them. */
    private int indexAt(double sceneY) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        double top = Double.MAX_VALUE;
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && !c.isEmpty() && c.getIndex() >= 0) {
                javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
                if (sceneY >= b.getMinY() && sceneY < b.getMaxY()) {
                    return c.getIndex();
                }
                first = Math.min(first, c.getIndex());
                last = Math.max(last, c.getIndex());
                top = Math.min(top, b.getMinY());
            }
        }
        return last < 0 ? -1 : sceneY < top ? first : last;
    }

    /** A line where the dragged step will land: above the row when moving up, below when down. */
    private void markDrop() {
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c) {
                boolean target = dropAt >= 0 && dropAt != dragFrom && c.getIndex() == dropAt;
                c.setStyle(
                        !target
                                ? ""
                                : "-fx-border-color: -color-accent-emphasis; -fx-border-width: "
                                        + (dropAt < dragFrom ? "3 0 0 0" : "0 0 3 0")
                                        + ";");
            }
        }
    }

    // --- the edits ---

    /** A field of the form changed; a refusal is shown at that field, not under the buttons. */
    private Optional<Message> change(Script.Step step) {
        EditAttempt a = ScriptEdits.change(vm.lab(), form.index(), step);
        refuse(Optional.empty());
        a.allowedEdit().ifPresent(vm::apply);
        return a.refusal();
    }

    private void add(String kind) {
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        if (at <= 0) {
            at = script.steps().size();
        }
        Lab before = script.labBefore(vm.lab(), at);
        Optional<Script.Step> step =
                switch (kind) {
                    case "show" -> ScriptChoices.newShow(before);
                    case "say" ->
                            Optional.of(
                                    new Script.Say(
                                            Map.of(
                                                    t.locale().getLanguage(),
                                                    t.get("script.newCaption"))));
                    default ->
                            ScriptChoices.EDITS.stream()
                                    .map(e -> ScriptChoices.newEdit(before, e))
                                    .flatMap(Optional::stream)
                                    .findFirst();
                };
        if (step.isEmpty()) {
            refuse(Optional.of(t.get(kind.equals("show") ? "script.noFlows" : "script.noEdit")));
            return;
        }
        if (make(ScriptEdits.add(vm.lab(), at, step.get()), at).isEmpty()) {
            form.focusFirst();
        }
    }

    private void delete() {
        int i = list.getSelectionModel().getSelectedIndex();
        make(ScriptEdits.delete(vm.lab(), i), Math.max(0, Math.min(i, script.steps().size() - 2)));
    }

    private void moveBy(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        move(i, i + delta);
    }

    private void move(int from, int to) {
        make(ScriptEdits.move(vm.lab(), from, to), to);
    }

    /** Makes an edit through the undo history and selects {@code select}; else shows why not. */
    private Optional<Message> make(EditAttempt a, int select) {
        Optional<Message> why = a.refusal();
        refuse(why.map(t::render));
        if (why.isEmpty()) {
            vm.apply(a.allowedEdit().orElseThrow());
            if (select >= 0 && select < list.getItems().size()) {
                list.getSelectionModel().select(select);
                list.scrollTo(select);
            }
        }
        return why;
    }

    private void refuse(Optional<String> reason) {
        refusal.setText(reason.orElse(""));
        show(refusal, reason.isPresent());
    }

    /**
     * Presentation mode from the selected step; the editor steps aside and comes back when the
     * presentation ends, so the teacher can fix what the try showed.
     */
    private void tryIt() {
        int i = list.getSelectionModel().getSelectedIndex();
        Optional<Classroom> classroom = Classroom.of(window);
        if (i < 0 || classroom.isEmpty()) {
            return;
        }
        trying = true;
        stage.hide();
        classroom
                .get()
                .presentingProperty()
                .addListener(
                        new ChangeListener<>() {
                            @Override
                            public void changed(
                                    javafx.beans.value.ObservableValue<? extends Boolean> o,
                                    Boolean was,
                                    Boolean is) {
                                if (!is) {
                                    o.removeListener(this);
                                    if (trying) {
                                        trying = false;
                                        stage.show();
                                    }
                                }
                            }
                        });
        classroom.get().playFrom(i);
    }

    // --- small parts ---

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(t.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(840);
        return l;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** For tests: the steps as the list shows them. */
    List<String> rows() {
        return IntStream.range(0, script.steps().size()).mapToObj(this::summary).toList();
    }
}
