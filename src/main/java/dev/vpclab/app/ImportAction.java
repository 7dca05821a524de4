package dev.vpclab.app;

import dev.vpclab.importer.ImportFailure;
import dev.vpclab.importer.ImportReport;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.importer.ImportResult;
import dev.vpclab.importer.Importers;
import dev.vpclab.importer.Importers.Format;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File &gt; Import and a non-lab file dropped on the window: an AWS describe export (folder or
 * zip), Terraform state or a CloudFormation template becomes a new, unsaved lab. The import runs
 * off the UI thread behind a progress window with Cancel; the report then shows in a window of its
 * own. A failed import says why and leaves the current lab as it was.
 */
final class ImportAction {
    /** A lab file says {@code format: vpclab/1} at its top. */
    private static final Pattern LAB =
            Pattern.compile("(?m)^\\s*(\"format\"\\s*:\\s*\"vpclab/|format:\\s*vpclab/)");

    private final MainWindow w;

    ImportAction(MainWindow window) {
        this.w = window;
    }

    /** File &gt; Import folder: a describe export collected in a folder. */
    void chooseFolder() {
        AppText t = w.viewModel().text();
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(t.get("menu.importFolder"));
        File f = dc.showDialog(w.stage());
        if (f != null) {
            start(f.toPath(), Optional.of(Format.AWS));
        }
    }

    /**
     * File &gt; Import file: a zip, a state file or a template; the filter chosen is the format.
     */
    void chooseFile() {
        AppText t = w.viewModel().text();
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("menu.importFile"));
        FileChooser.ExtensionFilter any =
                new FileChooser.ExtensionFilter(
                        t.get("file.importable"),
                        "*.zip",
                        "*.json",
                        "*.tfstate",
                        "*.yaml",
                        "*.yml",
                        "*.template");
        FileChooser.ExtensionFilter aws =
                new FileChooser.ExtensionFilter(t.get("file.importAws"), "*.zip", "*.json");
        FileChooser.ExtensionFilter tf =
                new FileChooser.ExtensionFilter(
                        t.get("file.importTerraform"), "*.json", "*.tfstate");
        FileChooser.ExtensionFilter cfn =
                new FileChooser.ExtensionFilter(
                        t.get("file.importCloudFormation"),
                        "*.yaml",
                        "*.yml",
                        "*.json",
                        "*.template");
        fc.getExtensionFilters().addAll(any, aws, tf, cfn);
        File f = fc.showOpenDialog(w.stage());
        if (f == null) {
            return;
        }
        FileChooser.ExtensionFilter chosen = fc.getSelectedExtensionFilter();
        Optional<Format> format =
                chosen == aws
                        ? Optional.of(Format.AWS)
                        : chosen == tf
                                ? Optional.of(Format.TERRAFORM)
                                : chosen == cfn
                                        ? Optional.of(Format.CLOUDFORMATION)
                                        : Optional.empty();
        start(f.toPath(), format);
    }

    /** True when a dropped file is a lab to open rather than something to import. */
    static boolean isLab(Path path) {
        if (Files.isDirectory(path)) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return LAB.matcher(head).find();
        } catch (IOException e) {
            return true; // let opening it say what is wrong
        }
    }

    /**
     * Imports a path in the background, in the chosen format or the one its content says. Asks
     * first when the current lab has unsaved changes.
     */
    void start(Path path, Optional<Format> chosen) {
        if (!w.confirmDiscard()) {
            return;
        }
        AppText t = w.viewModel().text();
        Format format = chosen.orElseGet(() -> Importers.detect(path));
        String name = String.valueOf(path.getFileName());
        Label what =
                new Label(
                        t.get(
                                "import.progress",
                                name,
                                t.get("import.format." + format.name().toLowerCase(Locale.ROOT))));
        what.setId("import-progress-text");
        what.setWrapText(true);
        ProgressBar bar = new ProgressBar(-1);
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(t.get("dialog.button.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, what, bar, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(460);
        box.setId("import-progress");
        Stage progress = Windows.stage(w.stage(), t.get("import.progress.title"), box, true);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        // Cancel, Esc or closing the window: the result, when it comes, is dropped.
        progress.setOnHiding(
                e -> {
                    if (!finished.get()) {
                        cancelled.set(true);
                        w.viewModel().setStatus(t.get("status.importCanceled", name));
                    }
                });
        cancel.setOnAction(e -> progress.close());
        progress.show();
        w.viewModel()
                .background()
                .run(
                        () -> {
                            try {
                                return Importers.importFrom(path, format, Optional.empty());
                            } catch (ImportFailure e) {
                                throw new Failed(e);
                            }
                        },
                        result -> {
                            finished.set(true);
                            progress.close();
                            if (!cancelled.get()) {
                                opened(name, result);
                            }
                        },
                        error -> {
                            finished.set(true);
                            progress.close();
                            if (!cancelled.get()) {
                                failed(name, error);
                            }
                        });
    }

    /** The failure, carried out of the background work. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportFailure failure;

        Failed(ImportFailure failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private void opened(String name, ImportResult result) {
        w.showImported(result.lab());
        AppText t = w.viewModel().text();
        w.viewModel().setStatus(t.get("status.imported", name, result.lab().components().size()));
        showReport(name, result.report());
    }

    private void failed(String name, Throwable error) {
        AppText t = w.viewModel().text();
        String why =
                error instanceof Failed f
                        ? t.render(f.failure.explanation())
                        : t.get("import.failed.unexpected", String.valueOf(error.getMessage()));
        w.viewModel().setStatus(t.get("status.importFailed", name));
        Alert a = Windows.alert(w.stage(), t, Alert.AlertType.ERROR, why);
        a.setTitle(t.get("import.failed.title"));
        a.setHeaderText(t.get("import.failed.header", name));
        a.getDialogPane().setId("import-failed");
        a.show();
    }

    /** The report in a window: a summary line, then every entry with its file and path. */
    void showReport(String name, ImportReport report) {
        AppText t = w.viewModel().text();
        Label summary =
                new Label(
                        t.get(
                                "import.report.summary",
                                name,
                                report.with(Outcome.READ).size(),
                                report.with(Outcome.IGNORED).size(),
                                report.with(Outcome.ASSUMED).size()));
        summary.setId("import-report-summary");
        summary.setWrapText(true);
        List<String> lines =
                report.entries().stream()
                        .map(
                                e ->
                                        t.get(
                                                        "import.outcome."
                                                                + e.outcome()
                                                                        .name()
                                                                        .toLowerCase(Locale.ROOT))
                                                + "  "
                                                + (e.file().isEmpty() ? "" : e.file() + " ")
                                                + e.jsonPath()
                                                + ": "
                                                + t.render(e.message()))
                        .toList();
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId("import-report-list");
        list.setPrefSize(900, 420);
        VBox.setVgrow(list, Priority.ALWAYS);
        Button close = new Button(t.get("dialog.button.close"));
        close.setId("import-report-close");
        close.setDefaultButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, summary, list, buttons);
        box.setPadding(new Insets(14));
        box.setId("import-report");
        Stage stage = Windows.stage(w.stage(), t.get("import.report.title", name), box, false);
        close.setOnAction(e -> stage.close());
        stage.show();
    }
}
