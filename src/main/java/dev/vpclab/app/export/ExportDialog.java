package dev.vpclab.app.export;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.app.Windows;
import dev.vpclab.export.ExportFormat;
import dev.vpclab.export.ExportOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File > Export: the choices on the left, the preview on the right, progress at the bottom. */
public final class ExportDialog {
    private final Stage stage;
    private final ExportViewModel vm;
    private final AppText t;

    public ExportDialog(Window owner, ExportViewModel vm, AppText t) {
        this.vm = vm;
        this.t = t;
        ComboBox<ExportFormat> format = combo("export-format", List.of(ExportFormat.values()));
        format.setConverter(named(f -> formatName(f)));
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ComboBox<Integer> scale = combo("export-scale", List.of(1, 2, 3, 4));
        scale.setConverter(named(s -> s + "x"));
        scale.setValue(vm.scaleProperty().get());
        scale.valueProperty().addListener((o, a, b) -> vm.scaleProperty().set(b));
        ComboBox<ExportOptions.Background> back =
                combo("export-background", List.of(ExportOptions.Background.values()));
        back.setConverter(named(b -> t.get("export.background." + b.name().toLowerCase())));
        back.valueProperty().bindBidirectional(vm.backgroundProperty());
        ComboBox<Boolean> content = combo("export-content", List.of(false, true));
        content.setConverter(
                named(b -> t.get(b ? "export.content.selection" : "export.content.lab")));
        content.setValue(vm.selectionOnlyProperty().get());
        content.setDisable(!vm.hasSelection());
        content.valueProperty().addListener((o, a, b) -> vm.selectionOnlyProperty().set(b));
        ComboBox<ExportOptions.Page> page =
                combo("export-page", List.of(ExportOptions.Page.values()));
        page.setConverter(named(p -> t.get("export.page." + p.name().toLowerCase())));
        page.valueProperty().bindBidirectional(vm.pageProperty());
        page.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportFormat.PDF));
        List<Integer> flowChoices = new java.util.ArrayList<>(List.of(-1));
        for (int i = 0; i < vm.flowNames().size(); i++) {
            flowChoices.add(i);
        }
        ComboBox<Integer> flow = combo("export-flow", flowChoices);
        flow.setConverter(named(i -> i < 0 ? t.get("export.trace.none") : vm.flowNames().get(i)));
        flow.setValue(vm.flowProperty().get());
        flow.valueProperty().addListener((o, a, b) -> vm.flowProperty().set(b));

        TextField file = new TextField();
        file.setId("export-file");
        file.setPrefColumnCount(28);
        file.setText(vm.fileProperty().get().map(Path::toString).orElse(""));
        vm.fileProperty()
                .addListener(
                        (o, a, b) -> {
                            String s = b.map(Path::toString).orElse("");
                            if (!s.equals(file.getText())) {
                                file.setText(s);
                            }
                        });
        file.textProperty()
                .addListener(
                        (o, a, b) ->
                                vm.fileProperty()
                                        .set(
                                                b.isBlank()
                                                        ? Optional.empty()
                                                        : Optional.of(Path.of(b.strip()))));
        Button choose = new Button(t.get("export.choose"));
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseFile());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        int row = 0;
        form.addRow(row++, new Label(t.get("export.format")), format);
        form.addRow(row++, new Label(t.get("export.scale")), scale);
        form.addRow(row++, new Label(t.get("export.background")), back);
        form.addRow(row++, new Label(t.get("export.content")), content);
        form.addRow(row++, new Label(t.get("export.page")), page);
        form.addRow(row++, new Label(t.get("export.trace")), flow);
        form.addRow(row++, new Label(t.get("export.file")), new HBox(6, file, choose));

        ImageView preview = new ImageView();
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(460);
        preview.setFitHeight(360);
        vm.previewProperty()
                .addListener(
                        (o, a, b) ->
                                preview.setImage(
                                        b.map(i -> SwingFXUtils.toFXImage(i, null)).orElse(null)));
        Label previewTitle = new Label(t.get("export.preview"));
        previewTitle.getStyleClass().add(Styles.TEXT_CAPTION);
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setPrefSize(480, 380);
        VBox right = new VBox(6, previewTitle, previewPane);

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.setPrefWidth(160);
        Label status = new Label();
        status.setId("export-status");
        status.textProperty().bind(vm.statusProperty());
        Button run = new Button(t.get("export.run"));
        run.setId("export-run");
        run.setDefaultButton(true);
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.export(p -> {}));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Closing does not stop a running export: it finishes in the background.
        Button close = new Button(t.get("export.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox bottom = new HBox(10, progress, status, spacer, close, run);
        bottom.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(right, null, null, bottom, form);
        BorderPane.setMargin(form, new Insets(0, 16, 0, 0));
        BorderPane.setMargin(bottom, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.setId("export-dialog");
        stage = Windows.stage(owner, t.get("export.title"), root, true);

        // The preview follows every choice that changes the picture (not the file or format).
        for (javafx.beans.Observable o :
                List.of(
                        vm.scaleProperty(),
                        vm.backgroundProperty(),
                        vm.selectionOnlyProperty(),
                        vm.flowProperty())) {
            o.addListener(x -> vm.refreshPreview());
        }
        vm.refreshPreview();
    }

    private String formatName(ExportFormat f) {
        return switch (f) {
            case DRAWIO -> "draw.io";
            case GIF -> t.get("export.format.gif");
            default -> f.name();
        };
    }

    private static <T> ComboBox<T> combo(String id, List<T> items) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("export.title"));
        ExportFormat f = vm.formatProperty().get();
        fc.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(formatName(f), "*." + f.extension()));
        vm.fileProperty()
                .get()
                .ifPresent(
                        p -> {
                            if (p.getParent() != null && p.getParent().toFile().isDirectory()) {
                                fc.setInitialDirectory(p.getParent().toFile());
                            }
                            fc.setInitialFileName(p.getFileName().toString());
                        });
        File chosen = fc.showSaveDialog(stage);
        if (chosen != null) {
            vm.fileProperty().set(Optional.of(chosen.toPath()));
        }
    }

    private void close() {
        stage.close();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public ExportViewModel viewModel() {
        return vm;
    }
}
