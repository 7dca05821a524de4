package dev.vpclab.app.reach;

import dev.vpclab.app.AppText;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.Windows;
import dev.vpclab.app.Workbench;
import dev.vpclab.app.export.ExportViewModel;
import dev.vpclab.model.Flow;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * View > Reachability (Ctrl+R) and its window. The window's state (the table, what is folded)
 * belongs to the editor, which outlives the main window when the language or theme changes: the
 * window is then filled again in the new language and theme, and keeps its place.
 */
public final class ReachMenu {
    /** The side of the largest PNG, in pixels: bigger matrices are drawn with smaller cells. */
    static final double PNG_MAX_SIDE = 8192;

    private static final Map<EditorViewModel, Controller> CONTROLLERS = new WeakHashMap<>();

    private ReachMenu() {}

    /**
     * Adds View > Reachability after Presentation; {@code play} plays a flow in the walk of the
     * window being registered.
     */
    public static void register(MenuBar bar, Workbench window, Consumer<Flow> play) {
        Controller c = CONTROLLERS.computeIfAbsent(window.viewModel(), e -> new Controller(window));
        c.attach(window, play);
        AppText t = window.viewModel().text();
        MenuItem item = new MenuItem(t.get("reach.menu"));
        item.setId("menu-reachability");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        item.setOnAction(e -> c.show());
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

    /** The view-model of a window's Reachability view (tests). */
    public static ReachViewModel viewModel(Workbench window) {
        return controller(window).vm;
    }

    /** The Reachability window of a main window, if it has been opened. */
    public static Optional<Stage> stage(Workbench window) {
        return Optional.ofNullable(controller(window).stage);
    }

    /** Writes the matrix as CSV (what Export CSV does after its file chooser). */
    public static void exportCsv(Workbench window, Path file) {
        controller(window).writeCsv(file);
    }

    /** The heatmap on screen (tests aim the mouse with it). */
    static Optional<HeatmapCanvas> heatmap(Workbench window) {
        return Optional.ofNullable(controller(window).content).map(ReachWindow::heatmap);
    }

    private static Controller controller(Workbench window) {
        Controller c = CONTROLLERS.get(window.viewModel());
        if (c == null) {
            throw new IllegalStateException("the window has no Reachability menu");
        }
        return c;
    }

    /** Ties the view-model of an editor to the current main window and to the open window. */
    private static final class Controller implements ReachWindow.Actions {
        private Workbench window;
        private Consumer<Flow> play = f -> {};
        private final ReachViewModel vm;
        private final PauseTransition settle = new PauseTransition(Duration.millis(300));
        private Stage stage;
        private ReachWindow content;

        Controller(Workbench window) {
            this.window = window;
            EditorViewModel editor = window.viewModel();
            this.vm =
                    new ReachViewModel(
                            editor::lab, editor.background(), Platform::runLater, editor.text());
            // After an edit, the open matrix is computed again once the edits settle (a drag
            // previews many labs a second); each newer computation cancels the older.
            settle.setOnFinished(e -> vm.compute());
            editor.labProperty()
                    .addListener(
                            o -> {
                                if (stage != null
                                        && stage.isShowing()
                                        && vm.state() != ReachViewModel.State.EMPTY) {
                                    settle.playFromStart();
                                }
                            });
        }

        void attach(Workbench w, Consumer<Flow> playIn) {
            window = w;
            play = playIn;
            vm.setText(w.viewModel().text());
            if (stage != null && stage.isShowing()) {
                fill();
            }
        }

        void show() {
            if (stage == null) {
                content = content();
                stage =
                        Windows.companion(
                                window.stage(),
                                window.viewModel().text().get("reach.title"),
                                content);
                stage.show();
            } else {
                if (!stage.isShowing()) {
                    fill();
                    stage.show();
                }
                stage.toFront();
            }
            if (vm.state() == ReachViewModel.State.EMPTY || vm.result().isEmpty()) {
                vm.compute();
            } else if (vm.result().get().lab() != window.viewModel().lab()) {
                vm.compute(); // edited while the window was closed
            }
        }

        private ReachWindow content() {
            return new ReachWindow(
                    vm,
                    window.viewModel().text(),
                    window.canvas().darkProperty().get(),
                    this::playing,
                    this);
        }

        private void fill() {
            content = content();
            stage.getScene().setRoot(content);
            stage.setTitle(window.viewModel().text().get("reach.title"));
        }

        private void playing(Flow flow) {
            AppText t = window.viewModel().text();
            window.viewModel()
                    .setStatus(
                            t.get(
                                    "reach.status.playing",
                                    flow.from(),
                                    flow.name().orElse(flow.to())));
            play.accept(flow);
            // The walk plays in the main window: bring it in front of the matrix to be seen.
            window.stage().toFront();
            window.stage().requestFocus();
        }

        private FileChooser chooser(String title, String extension, String description) {
            FileChooser fc = new FileChooser();
            fc.setTitle(title);
            fc.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(description, "*." + extension));
            Optional<Path> file = window.document().file().map(Path::toAbsolutePath);
            String base =
                    file.map(p -> p.getFileName().toString().replaceFirst("\\.[^.]*$", ""))
                            .orElse(ExportViewModel.fileBase(window.viewModel().lab()));
            fc.setInitialFileName(base + "-reachability." + extension);
            file.map(Path::getParent)
                    .filter(Files::isDirectory)
                    .ifPresent(d -> fc.setInitialDirectory(d.toFile()));
            return fc;
        }

        @Override
        public void exportCsv() {
            if (vm.result().isEmpty()) {
                return;
            }
            AppText t = window.viewModel().text();
            File f = chooser(t.get("reach.exportCsv"), "csv", "CSV").showSaveDialog(stage);
            if (f != null) {
                writeCsv(f.toPath());
            }
        }

        void writeCsv(Path file) {
            AppText t = window.viewModel().text();
            window.viewModel()
                    .background()
                    .run(
                            () -> {
                                try {
                                    vm.writeCsv(file);
                                    return file;
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            },
                            written -> said(t.get("reach.exported", written)),
                            error ->
                                    said(
                                            t.get(
                                                    "reach.exportFailed",
                                                    String.valueOf(error.getMessage()))));
        }

        @Override
        public void exportPng() {
            if (vm.result().isEmpty() || content == null) {
                return;
            }
            AppText t = window.viewModel().text();
            File f = chooser(t.get("reach.exportPng"), "png", "PNG").showSaveDialog(stage);
            if (f == null) {
                return;
            }
            Path file = f.toPath();
            // Painted on the UI thread (a canvas), encoded and written in the background.
            WritableImage image = content.heatmap().snapshotAll(PNG_MAX_SIDE);
            window.viewModel()
                    .background()
                    .run(
                            () -> {
                                ExportViewModel.writeAtomically(
                                        file,
                                        out ->
                                                javax.imageio.ImageIO.write(
                                                        SwingFXUtils.fromFXImage(image, null),
                                                        "png",
                                                        out));
                                return file;
                            },
                            written -> said(t.get("reach.exported", written)),
                            error ->
                                    said(
                                            t.get(
                                                    "reach.exportFailed",
                                                    String.valueOf(error.getMessage()))));
        }

        private void said(String text) {
            window.viewModel().setStatus(text);
            vm.note(text);
        }
    }
}
