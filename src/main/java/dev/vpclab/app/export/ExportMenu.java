package dev.vpclab.app.export;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.FxBackground;
import dev.vpclab.app.Workbench;
import dev.vpclab.export.ExportOptions;
import dev.vpclab.export.PngExporter;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LearnerCopy;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/** Adds File > Export... and Edit > Copy as Image to a main window's menus. */
public final class ExportMenu {
    private static final Background BACKGROUND = new FxBackground();
    private static ExportDialog last;

    private ExportMenu() {}

    /** Adds the items after Save As and after Copy. */
    public static void register(MenuBar bar, Workbench window) {
        AppText t = window.viewModel().text();
        MenuItem export = new MenuItem(t.get("menu.export"));
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> showDialog(window));
        MenuItem copy = new MenuItem(t.get("menu.copyImage"));
        copy.setId("menu-copy-image");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copy.setOnAction(e -> copyAsImage(window));
        MenuItem learner = new MenuItem(t.get("menu.exportLearner"));
        learner.setId("menu-export-learner");
        learner.setOnAction(e -> chooseLearnerCopy(window));
        insertAfter(bar, "menu-file", "menu-save-as", export);
        insertAfter(bar, "menu-file", "menu-export", learner);
        insertAfter(bar, "menu-edit", "menu-copy", copy);
    }

    private static void insertAfter(MenuBar bar, String menuId, String itemId, MenuItem item) {
        for (Menu m : bar.getMenus()) {
            if (menuId.equals(m.getId())) {
                int at = m.getItems().size();
                for (int i = 0; i < m.getItems().size(); i++) {
                    if (itemId.equals(m.getItems().get(i).getId())) {
                        at = i + 1;
                    }
                }
                m.getItems().add(at, item);
                return;
            }
        }
    }

    private static void chooseLearnerCopy(Workbench window) {
        AppText t = window.viewModel().text();
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("menu.exportLearner"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        fc.setInitialFileName(ExportViewModel.fileBase(window.viewModel().lab()) + "-learner.yaml");
        window.document()
                .file()
                .map(p -> p.toAbsolutePath().getParent())
                .filter(java.nio.file.Files::isDirectory)
                .ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        java.io.File file = fc.showSaveDialog(window.stage());
        if (file != null) {
            writeLearnerCopy(window, file.toPath());
        }
    }

    /**
     * Writes a copy of the lab with the answers hidden (a scenario's expected verdict, a
     * challenge's explanation) for a learner; atomically and off the UI thread.
     */
    public static void writeLearnerCopy(Workbench window, Path file) {
        Lab lab = window.viewModel().lab();
        AppText t = window.viewModel().text();
        BACKGROUND.run(
                () -> {
                    try {
                        LabWriter.write(LearnerCopy.of(lab), file);
                        return file;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                written ->
                        window.viewModel()
                                .setStatus(t.get("export.learnerWritten") + " " + written),
                error -> window.viewModel().setStatus(String.valueOf(error.getMessage())));
    }

    /** Opens the export dialog on the lab as it is now. */
    public static ExportDialog showDialog(Workbench window) {
        AppText t = window.viewModel().text();
        ExportViewModel vm =
                new ExportViewModel(
                        window.viewModel().lab(),
                        window.viewModel().selection().ids(),
                        window.document().preferences(),
                        BACKGROUND,
                        Platform::runLater,
                        t);
        window.document().file().ifPresent(vm::suggestBeside);
        int flow = window.selectedFlow();
        if (flow >= 0 && flow < window.viewModel().lab().flows().size()) {
            // The flow on screen is the one to export, not the one chosen last time.
            vm.flowProperty().set(flow);
        }
        last = new ExportDialog(window.stage(), vm, t);
        last.show();
        return last;
    }

    /** The export dialog opened last (tests). */
    public static Optional<ExportDialog> lastDialog() {
        return Optional.ofNullable(last);
    }

    /**
     * Puts the selection (or the whole lab, when nothing is selected) on the clipboard as a 2x
     * image; painted in the background, handed to the clipboard on the UI thread.
     */
    public static void copyAsImage(Workbench window) {
        Lab lab = window.viewModel().lab();
        Set<String> selected = window.viewModel().selection().ids();
        AppText t = window.viewModel().text();
        ExportOptions o = ExportOptions.defaults().withScale(2).withLocale(t.locale());
        ExportOptions options = selected.isEmpty() ? o : o.withSelection(selected);
        BACKGROUND.run(
                () -> new PngExporter().render(lab, options),
                image -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(c);
                    window.viewModel().setStatus(t.get("export.copied"));
                },
                error -> window.viewModel().setStatus(String.valueOf(error.getMessage())));
    }
}
