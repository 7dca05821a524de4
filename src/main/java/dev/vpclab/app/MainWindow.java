package dev.vpclab.app;

import atlantafx.base.theme.Styles;
import dev.vpclab.check.Problem;
import dev.vpclab.edit.LayoutEdits;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's layout: menus and toolbar on top, palette left, canvas centre, inspector right,
 * problems and status bar at the bottom. Actions are forwarded to the view-models.
 */
public final class MainWindow implements Workbench {
    private final Stage stage;
    private final EditorViewModel vm;
    private final LabDocument document;
    private ImportAction importAction;
    private final Runnable onLanguageOrTheme;
    private final WindowSettings settings;
    private CanvasView canvas;
    private InspectorView inspector;
    private BorderPane root;
    private javafx.scene.Node dock;
    private dev.vpclab.app.walk.WalkDock walk;
    private SplitPane centreSplit;
    private SplitPane verticalSplit;

    /** Window-wide choices that survive rebuilding the window (language, theme, grid). */
    public static final class WindowSettings {
        boolean dark;
        boolean snap = true;
    }

    public MainWindow(
            Stage stage,
            EditorViewModel vm,
            LabDocument document,
            WindowSettings settings,
            Runnable onLanguageOrTheme) {
        this.stage = stage;
        this.vm = vm;
        this.document = document;
        this.settings = settings;
        this.onLanguageOrTheme = onLanguageOrTheme;
    }

    @Override
    public CanvasView canvas() {
        return canvas;
    }

    /** The palette / canvas / inspector split. */
    public SplitPane centreSplit() {
        return centreSplit;
    }

    /** The diagram / problems split. */
    public SplitPane verticalSplit() {
        return verticalSplit;
    }

    public InspectorView inspector() {
        return inspector;
    }

    /** The packet walk: flows, player, cost, flow logs, compare and presentation mode. */
    public dev.vpclab.app.walk.WalkDock walk() {
        return walk;
    }

    @Override
    public int selectedFlow() {
        return walk == null ? -1 : walk.flows().selectedProperty().get();
    }

    @Override
    public LabDocument document() {
        return document;
    }

    @Override
    public EditorViewModel viewModel() {
        return vm;
    }

    /** Builds the window's content. */
    public Parent build() {
        AppText t = vm.text();
        canvas = new CanvasView(vm);
        canvas.snapToGridProperty().set(settings.snap);
        canvas.snapToGridProperty().addListener((o, a, b) -> settings.snap = b);
        canvas.darkProperty().set(settings.dark);
        Fonts.hangulFamily().ifPresent(canvas::setFontFamily);
        canvas.setOnFileDropped(f -> dropped(f.toPath()));
        canvas.setContextMenu(contextMenu());
        inspector = new InspectorView(vm);
        PaletteView palette = new PaletteView(t);
        ProblemsView problems = new ProblemsView(vm);

        SplitPane centre = new SplitPane(palette, canvas, inspector);
        centre.setDividerPositions(0.14, 0.76);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        walk = dev.vpclab.app.walk.WalkDock.attach(this, centre);
        dev.vpclab.app.classroom.Classroom.attach(this, walk);
        SplitPane vertical = new SplitPane(centre, problems);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // The problems pane keeps its height when the window grows; WindowPlacement sets the
        // divider from the split's height (a fixed share took half of a 1080 px screen).
        SplitPane.setResizableWithParent(problems, false);
        centreSplit = centre;
        verticalSplit = vertical;

        Menus menus = new Menus(this, t);
        VBox top = new VBox(menus.bar(), toolbar(t));
        root = new BorderPane(vertical, top, dock, statusBar(), null);
        root.setId("main-window");
        // A lab file dropped anywhere on the window opens (the canvas handles its own drops).
        root.setOnDragOver(
                e -> {
                    if (e.getDragboard().hasFiles()) {
                        e.acceptTransferModes(TransferMode.COPY);
                    }
                });
        root.setOnDragDropped(
                e -> {
                    boolean files =
                            e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
                    if (files) {
                        dropped(e.getDragboard().getFiles().get(0).toPath());
                    }
                    e.setDropCompleted(files);
                    e.consume();
                });
        stage.titleProperty().bind(document.titleProperty());
        return root;
    }

    private ToolBar toolbar(AppText t) {
        ToggleButton connect = new ToggleButton(null, new FontIcon("mdi2v-vector-line"));
        connect.setId("tool-connect");
        connect.setTooltip(new Tooltip(t.get("tool.connect")));
        connect.selectedProperty().bindBidirectional(canvas.connectModeProperty());
        ToggleButton dark = new ToggleButton(null, new FontIcon("mdi2t-theme-light-dark"));
        dark.setTooltip(new Tooltip(t.get("menu.dark")));
        dark.setSelected(settings.dark);
        dark.setOnAction(e -> setDark(dark.isSelected()));
        Button undo = iconButton("mdi2u-undo", "tool-undo", t.get("menu.undo"), vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = iconButton("mdi2r-redo", "tool-redo", t.get("menu.redo"), vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        return new ToolBar(
                iconButton("mdi2f-file-outline", "tool-new", t.get("menu.new"), this::newLab),
                iconButton(
                        "mdi2f-folder-open-outline",
                        "tool-open",
                        t.get("menu.open"),
                        this::chooseAndOpen),
                iconButton(
                        "mdi2c-content-save-outline", "tool-save", t.get("menu.save"), this::save),
                new Separator(),
                undo,
                redo,
                new Separator(),
                connect,
                iconButton(
                        "mdi2d-delete-outline",
                        "tool-delete",
                        t.get("menu.delete"),
                        this::deleteSelection),
                new Separator(),
                iconButton(
                        "mdi2m-magnify-plus-outline",
                        "tool-zoom-in",
                        t.get("menu.zoomIn"),
                        () -> canvas.zoomBy(1.25)),
                iconButton(
                        "mdi2m-magnify-minus-outline",
                        "tool-zoom-out",
                        t.get("menu.zoomOut"),
                        () -> canvas.zoomBy(0.8)),
                iconButton(
                        "mdi2f-fit-to-page-outline",
                        "tool-fit",
                        t.get("menu.fit"),
                        canvas::zoomToFit),
                new Separator(),
                dark);
    }

    private static Button iconButton(String icon, String id, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label counts = new Label();
        counts.setId("status-counts");
        Runnable update =
                () ->
                        counts.setText(
                                vm.text()
                                        .get(
                                                "status.counts",
                                                vm.lab().components().size(),
                                                vm.problems().stream()
                                                        .filter(Problem::isError)
                                                        .count(),
                                                vm.problems().stream()
                                                        .filter(p -> !p.isError())
                                                        .count()));
        vm.labProperty().addListener(o -> update.run());
        vm.problems()
                .addListener((javafx.collections.ListChangeListener<Problem>) c -> update.run());
        update.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, counts);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private ContextMenu contextMenu() {
        AppText t = vm.text();
        MenuItem dup = new MenuItem(t.get("menu.duplicate"));
        dup.setOnAction(e -> vm.duplicate());
        MenuItem copy = new MenuItem(t.get("menu.copy"));
        copy.setOnAction(e -> vm.copy());
        MenuItem paste = new MenuItem(t.get("menu.paste"));
        paste.setOnAction(e -> vm.paste());
        MenuItem delete = new MenuItem(t.get("menu.delete"));
        delete.setId("context-delete");
        delete.setOnAction(e -> deleteSelection());
        return new ContextMenu(dup, copy, paste, delete);
    }

    // --- actions ---

    /** File > Import: describe exports, Terraform state and CloudFormation templates. */
    ImportAction importAction() {
        if (importAction == null) {
            importAction = new ImportAction(this);
        }
        return importAction;
    }

    /** A dropped lab file opens; a dropped folder, zip, state file or template is imported. */
    void dropped(Path path) {
        if (ImportAction.isLab(path)) {
            if (confirmDiscard()) {
                openFile(path);
            }
        } else {
            importAction().start(path, java.util.Optional.empty());
        }
    }

    /** Shows an imported lab as a new lab that no file holds yet. */
    void showImported(dev.vpclab.model.Lab lab) {
        document.showImported(lab);
        canvas.zoomToFit();
    }

    void newLab() {
        if (confirmDiscard()) {
            document.newLab();
            canvas.zoomActual();
        }
    }

    void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser fc = labChooser(vm.text().get("menu.open"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a lab file; a broken one is reported in a dialog and changes nothing. */
    public void openFile(Path path) {
        document.open(path, canvas::zoomToFit, this::showBroken);
    }

    void openExample(String resource) {
        if (confirmDiscard() && document.openResource(resource)) {
            canvas.zoomToFit();
        }
    }

    private void showBroken(List<Problem> problems) {
        AppText t = vm.text();
        Alert a = Windows.alert(stage, t, Alert.AlertType.ERROR, null);
        a.setTitle(t.get("dialog.broken.title"));
        a.setHeaderText(t.get("dialog.broken.header"));
        TextArea details =
                new TextArea(
                        problems.stream()
                                .map(p -> ProblemsView.describe(t, p))
                                .collect(Collectors.joining("\n")));
        details.setId("broken-problems");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        a.getDialogPane().setContent(details);
        a.show();
    }

    void save() {
        if (!document.save(() -> {})) {
            saveAs();
        }
    }

    void saveAs() {
        FileChooser fc = labChooser(vm.text().get("menu.saveAs"));
        // A lab never saved is proposed under its own name, not an empty one.
        fc.setInitialFileName(dev.vpclab.app.export.ExportViewModel.fileBase(vm.lab()) + ".yaml");
        document.file()
                .ifPresent(
                        p -> {
                            if (p.getParent() != null) {
                                fc.setInitialDirectory(p.getParent().toFile());
                            }
                            fc.setInitialFileName(p.getFileName().toString());
                        });
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().contains(".")) {
                p = p.resolveSibling(p.getFileName() + ".yaml");
            }
            document.saveAs(p, () -> {});
        }
    }

    private FileChooser labChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                vm.text().get("file.labs"), "*.yaml", "*.yml", "*.json"),
                        new FileChooser.ExtensionFilter(vm.text().get("file.all"), "*.*"));
        return fc;
    }

    /** Deletes the selection after saying what else goes with it. */
    public void deleteSelection() {
        if (vm.selection().isEmpty()) {
            return;
        }
        List<String> dependents = vm.deletionDependents();
        if (!dependents.isEmpty()) {
            AppText t = vm.text();
            Alert a = Windows.alert(stage, t, Alert.AlertType.CONFIRMATION, null);
            a.setTitle(t.get("dialog.delete.title"));
            a.setHeaderText(
                    t.get(
                            "dialog.delete.header",
                            String.join(", ", vm.selection().ids()),
                            dependents.size()));
            a.setContentText(String.join(", ", dependents));
            Optional<ButtonType> answer = a.showAndWait();
            if (answer.isEmpty() || answer.get() != ButtonType.OK) {
                return;
            }
        }
        vm.deleteSelection();
    }

    /** Asks before unsaved work is thrown away; true to go on. */
    @Override
    public boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        AppText t = vm.text();
        ButtonType save = new ButtonType(t.get("dialog.discard.save"));
        ButtonType discard = new ButtonType(t.get("dialog.discard.discard"));
        Alert a =
                Windows.alert(
                        stage,
                        t,
                        Alert.AlertType.CONFIRMATION,
                        t.get("dialog.discard.text"),
                        save,
                        discard,
                        ButtonType.CANCEL);
        a.setHeaderText(t.get("dialog.discard.header"));
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            save();
            return false; // saving runs in the background; the user repeats the action after it
        }
        return true;
    }

    void align(LayoutEdits.Alignment how) {
        vm.align(how);
    }

    void setDark(boolean dark) {
        settings.dark = dark;
        canvas.darkProperty().set(dark);
        onLanguageOrTheme.run();
    }

    boolean isDark() {
        return settings.dark;
    }

    void languageChanged() {
        onLanguageOrTheme.run();
    }

    @Override
    public Stage stage() {
        return stage;
    }

    /** Shows a panel docked at the right of the window (null removes it). */
    @Override
    public void setDock(javafx.scene.Node panel) {
        dock = panel;
        if (root != null) {
            root.setRight(panel);
        }
    }
}
