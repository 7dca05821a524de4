package dev.vpclab.app;

import dev.vpclab.edit.LayoutEdits;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar of the main window, with the usual shortcuts. */
final class Menus {
    /** The example labs shipped in the jar: resource name and message key. */
    static final List<String> EXAMPLES =
            List.of(
                    "default",
                    "nat-vs-gateway-endpoint",
                    "interface-endpoint-private-dns",
                    "on-premises-vpn",
                    "peered-vpcs",
                    "transit-gateway-hub",
                    "hybrid-dns",
                    "hybrid-direct-connect",
                    "cross-region-endpoints",
                    "inspection-gwlb");

    private final MainWindow w;
    private final AppText t;

    Menus(MainWindow window, AppText text) {
        this.w = window;
        this.t = text;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), help());
        bar.setId("menu-bar");
        dev.vpclab.app.study.StudyMenu.register(bar, w);
        dev.vpclab.app.export.ExportMenu.register(bar, w);
        dev.vpclab.app.classroom.ScriptEditor.register(bar, w);
        dev.vpclab.app.reach.ReachMenu.register(bar, w, flow -> w.walk().play(flow));
        return bar;
    }

    private MenuItem item(String key, String id, String shortcut, Runnable action) {
        MenuItem m = new MenuItem(t.get(key));
        m.setId(id);
        if (shortcut != null) {
            m.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Menu file() {
        Menu recent = new Menu(t.get("menu.recent"));
        recent.setId("menu-recent");
        Runnable fill =
                () -> {
                    recent.getItems().clear();
                    for (Path p : w.document().recentFiles()) {
                        MenuItem m = new MenuItem(p.toString());
                        m.setMnemonicParsing(false);
                        m.setOnAction(
                                e -> {
                                    if (w.confirmDiscard()) {
                                        w.openFile(p);
                                    }
                                });
                        recent.getItems().add(m);
                    }
                    recent.setDisable(recent.getItems().isEmpty());
                };
        w.document().recentFiles().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        Menu examples = new Menu(t.get("menu.examples"));
        examples.setId("menu-examples");
        for (String name : EXAMPLES) {
            examples.getItems()
                    .add(
                            item(
                                    "example." + name,
                                    "example-" + name,
                                    null,
                                    () -> w.openExample("/assets/labs/" + name + ".yaml")));
        }
        Menu m =
                new Menu(
                        t.get("menu.file"),
                        null,
                        item("menu.new", "menu-new", "Shortcut+N", w::newLab),
                        item("menu.open", "menu-open", "Shortcut+O", w::chooseAndOpen),
                        recent,
                        examples,
                        new SeparatorMenuItem(),
                        item(
                                "menu.importFolder",
                                "menu-import-folder",
                                null,
                                () -> w.importAction().chooseFolder()),
                        item(
                                "menu.importFile",
                                "menu-import-file",
                                null,
                                () -> w.importAction().chooseFile()),
                        new SeparatorMenuItem(),
                        item("menu.save", "menu-save", "Shortcut+S", w::save),
                        item("menu.saveAs", "menu-save-as", "Shortcut+Shift+S", w::saveAs),
                        new SeparatorMenuItem(),
                        item(
                                "menu.quit",
                                "menu-quit",
                                "Shortcut+Q",
                                () ->
                                        w.stage()
                                                .fireEvent(
                                                        new javafx.stage.WindowEvent(
                                                                w.stage(),
                                                                javafx.stage.WindowEvent
                                                                        .WINDOW_CLOSE_REQUEST))));
        m.setId("menu-file");
        return m;
    }

    private Menu edit() {
        EditorViewModel vm = w.viewModel();
        MenuItem undo = item("menu.undo", "menu-undo", "Shortcut+Z", vm::undo);
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("menu.redo", "menu-redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem redoY = item("menu.redo", "menu-redo-y", "Shortcut+Y", vm::redo);
        redoY.setVisible(false);
        Menu arrange =
                new Menu(
                        t.get("menu.arrange"),
                        null,
                        item(
                                "menu.alignLeft",
                                "align-left",
                                null,
                                () -> w.align(LayoutEdits.Alignment.LEFT)),
                        item(
                                "menu.alignCenter",
                                "align-center",
                                null,
                                () -> w.align(LayoutEdits.Alignment.CENTER)),
                        item(
                                "menu.alignRight",
                                "align-right",
                                null,
                                () -> w.align(LayoutEdits.Alignment.RIGHT)),
                        item(
                                "menu.alignTop",
                                "align-top",
                                null,
                                () -> w.align(LayoutEdits.Alignment.TOP)),
                        item(
                                "menu.alignMiddle",
                                "align-middle",
                                null,
                                () -> w.align(LayoutEdits.Alignment.MIDDLE)),
                        item(
                                "menu.alignBottom",
                                "align-bottom",
                                null,
                                () -> w.align(LayoutEdits.Alignment.BOTTOM)),
                        new SeparatorMenuItem(),
                        item("menu.distributeH", "distribute-h", null, () -> vm.distribute(true)),
                        item("menu.distributeV", "distribute-v", null, () -> vm.distribute(false)));
        CheckMenuItem connect = new CheckMenuItem(t.get("tool.connect"));
        connect.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        connect.selectedProperty().bindBidirectional(w.canvas().connectModeProperty());
        Menu m =
                new Menu(
                        t.get("menu.edit"),
                        null,
                        undo,
                        redo,
                        redoY,
                        new SeparatorMenuItem(),
                        item("menu.copy", "menu-copy", "Shortcut+C", vm::copy),
                        item("menu.paste", "menu-paste", "Shortcut+V", vm::paste),
                        item("menu.duplicate", "menu-duplicate", "Shortcut+D", vm::duplicate),
                        item("menu.delete", "menu-delete", "Delete", w::deleteSelection),
                        item("menu.delete", "menu-delete-back", "Backspace", w::deleteSelection),
                        item("menu.selectAll", "menu-select-all", "Shortcut+A", vm::selectAll),
                        new SeparatorMenuItem(),
                        connect,
                        arrange);
        m.getItems().stream()
                .filter(i -> "menu-delete-back".equals(i.getId()))
                .forEach(i -> i.setVisible(false));
        m.setId("menu-edit");
        return m;
    }

    private Menu view() {
        CanvasView canvas = w.canvas();
        CheckMenuItem snap = new CheckMenuItem(t.get("menu.snap"));
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem dark = new CheckMenuItem(t.get("menu.dark"));
        dark.setSelected(w.isDark());
        dark.setOnAction(e -> w.setDark(dark.isSelected()));
        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(t.get("menu.language"));
        language.setId("menu-language");
        for (Locale l : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            RadioMenuItem r = new RadioMenuItem(l.getDisplayLanguage(l));
            r.setId("language-" + l.getLanguage());
            r.setToggleGroup(languages);
            r.setSelected(t.locale().getLanguage().equals(l.getLanguage()));
            r.setOnAction(
                    e -> {
                        if (!t.locale().getLanguage().equals(l.getLanguage())) {
                            w.viewModel().setText(new AppText(l));
                            w.languageChanged();
                        }
                    });
            language.getItems().add(r);
        }
        Menu m =
                new Menu(
                        t.get("menu.view"),
                        null,
                        item(
                                "menu.zoomIn",
                                "menu-zoom-in",
                                "Shortcut+EQUALS",
                                () -> canvas.zoomBy(1.25)),
                        item(
                                "menu.zoomOut",
                                "menu-zoom-out",
                                "Shortcut+MINUS",
                                () -> canvas.zoomBy(0.8)),
                        item("menu.fit", "menu-fit", "Shortcut+0", canvas::zoomToFit),
                        item("menu.actual", "menu-actual", "Shortcut+1", canvas::zoomActual),
                        item(
                                "walk.menu.presentation",
                                "menu-presentation",
                                "F5",
                                () -> w.walk().presentation().toggle()),
                        new SeparatorMenuItem(),
                        snap,
                        dark,
                        language);
        m.setId("menu-view");
        return m;
    }

    private Menu help() {
        Menu m =
                new Menu(
                        t.get("menu.help"),
                        null,
                        item(
                                "menu.shortcuts",
                                "menu-shortcuts",
                                null,
                                () -> ShortcutsWindow.show(w.stage(), t)),
                        item("menu.about", "menu-about", null, this::showAbout));
        m.setId("menu-help");
        return m;
    }

    private void showAbout() {
        javafx.scene.control.Alert a =
                Windows.alert(
                        w.stage(),
                        t,
                        javafx.scene.control.Alert.AlertType.INFORMATION,
                        t.get("app.about"));
        a.setTitle(t.get("dialog.about.title"));
        a.setHeaderText(t.get("dialog.about.title"));
        a.getDialogPane().setId("about-dialog");
        a.show();
    }
}
