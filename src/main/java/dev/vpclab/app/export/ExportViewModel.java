package dev.vpclab.app.export;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.export.ExportFormat;
import dev.vpclab.export.ExportOptions;
import dev.vpclab.export.Exporter;
import dev.vpclab.export.PngExporter;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The choices of the export dialog for one lab (format, scale, background, whole lab or selection,
 * PDF page, the flow whose trace to draw, the file), remembered in the preferences; the preview and
 * the export run in the background, and the file is written atomically (a temporary file moved over
 * the target), so a failed export never leaves half a file.
 */
public final class ExportViewModel {
    private final Lab lab;
    private final Set<String> selected;
    private final Preferences prefs;
    private final Background background;
    private final Consumer<Runnable> ui;
    private final AppText text;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final IntegerProperty scale = new SimpleIntegerProperty();
    private final ObjectProperty<ExportOptions.Background> backdrop = new SimpleObjectProperty<>();
    private final BooleanProperty selectionOnly = new SimpleBooleanProperty();
    private final ObjectProperty<ExportOptions.Page> page = new SimpleObjectProperty<>();
    private final IntegerProperty flow = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Optional<Path>> file =
            new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<BufferedImage>> preview =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private int previewGeneration;

    /**
     * @param selected the ids selected on the canvas (may be empty)
     * @param ui runs a piece of work on the UI thread (progress arrives from the worker)
     */
    public ExportViewModel(
            Lab lab,
            Set<String> selected,
            Preferences prefs,
            Background background,
            Consumer<Runnable> ui,
            AppText text) {
        this.lab = Objects.requireNonNull(lab, "lab");
        this.selected = Set.copyOf(selected);
        this.prefs = Objects.requireNonNull(prefs, "prefs");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.text = Objects.requireNonNull(text, "text");
        format.set(ExportFormat.of(prefs.get("export.format", "png")).orElse(ExportFormat.PNG));
        scale.set(
                Math.max(
                        ExportOptions.MIN_SCALE,
                        Math.min(ExportOptions.MAX_SCALE, prefs.getInt("export.scale", 2))));
        backdrop.set(
                enumOf(
                        ExportOptions.Background.class,
                        prefs.get("export.background", "WHITE"),
                        ExportOptions.Background.WHITE));
        page.set(
                enumOf(
                        ExportOptions.Page.class,
                        prefs.get("export.page", "CONTENT"),
                        ExportOptions.Page.CONTENT));
        selectionOnly.set(!this.selected.isEmpty() && prefs.getBoolean("export.selection", false));
        file.set(Optional.of(suggestedFile()));
        format.addListener((o, a, b) -> file.set(file.get().map(this::withExtension)));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private Path suggestedFile() {
        Path dir = Path.of(prefs.get("export.dir", System.getProperty("user.home")));
        return dir.resolve(fileBase(lab) + "." + format.get().extension());
    }

    /** A file name (without extension) made of the lab's title. */
    public static String fileBase(Lab lab) {
        return lab.title().isBlank() ? "lab" : lab.title().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    /**
     * Proposes the export beside the lab's own file, under the lab file's name ({@code my-lab.yaml}
     * exports to {@code my-lab.png} in the same folder).
     */
    public void suggestBeside(Path labFile) {
        Path absolute = labFile.toAbsolutePath();
        if (absolute.getParent() == null) {
            return;
        }
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        file.set(Optional.of(absolute.resolveSibling(base + "." + format.get().extension())));
    }

    private Path withExtension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return p.resolveSibling(base + "." + format.get().extension());
    }

    // --- the choices ---

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<ExportOptions.Background> backgroundProperty() {
        return backdrop;
    }

    /** Export only the selection; only offered when something is selected. */
    public BooleanProperty selectionOnlyProperty() {
        return selectionOnly;
    }

    public boolean hasSelection() {
        return !selected.isEmpty();
    }

    public ObjectProperty<ExportOptions.Page> pageProperty() {
        return page;
    }

    /** The index of the lab's saved flow whose trace is drawn; -1 for none. */
    public IntegerProperty flowProperty() {
        return flow;
    }

    /** The names of the lab's saved flows, for the flow chooser. */
    public List<String> flowNames() {
        List<String> names = new ArrayList<>();
        for (Flow f : lab.flows()) {
            names.add(f.name().orElse(f.from() + " → " + f.to()));
        }
        return names;
    }

    public ObjectProperty<Optional<Path>> fileProperty() {
        return file;
    }

    /** The options as chosen now. */
    public ExportOptions options() {
        ExportOptions o =
                ExportOptions.defaults()
                        .withScale(scale.get())
                        .withBackground(backdrop.get())
                        .withPage(page.get())
                        .withLocale(text.locale());
        if (selectionOnly.get() && !selected.isEmpty()) {
            o = o.withSelection(selected);
        }
        return o;
    }

    /** The options with the chosen flow's trace, worked out (call off the UI thread). */
    private ExportOptions optionsWithTrace(ExportOptions o, int flowIndex) {
        if (flowIndex < 0 || flowIndex >= lab.flows().size()) {
            return o;
        }
        return o.withTrace(Tracer.of(lab).trace(lab.flows().get(flowIndex)));
    }

    // --- preview ---

    public ReadOnlyObjectProperty<Optional<BufferedImage>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Paints the preview (1x) in the background; a newer request wins over an older one. */
    public void refreshPreview() {
        ExportOptions o = options().withScale(1);
        int f = flow.get();
        int mine = ++previewGeneration;
        background.run(
                () -> new PngExporter().render(lab, optionsWithTrace(o, f)),
                image -> {
                    if (mine == previewGeneration) {
                        preview.set(Optional.of(image));
                    }
                },
                error -> status.set(text.get("export.failed", "", message(error))));
    }

    // --- export ---

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Remembers the choices and writes the file in the background; {@code onDone} on success. */
    public void export(Consumer<Path> onDone) {
        if (file.get().isEmpty()) {
            status.set(text.get("export.noFile"));
            return;
        }
        if (format.get() == ExportFormat.GIF
                && (flow.get() < 0 || flow.get() >= lab.flows().size())) {
            status.set(text.get("export.gifNeedsFlow"));
            return;
        }
        Path target = file.get().get().toAbsolutePath();
        remember(target);
        ExportFormat f = format.get();
        ExportOptions o = options();
        int flowIndex = flow.get();
        running.set(true);
        progress.set(0);
        status.set(text.get("export.running"));
        background.run(
                () -> {
                    writeAtomically(
                            target,
                            out ->
                                    Exporter.of(f)
                                            .write(
                                                    lab,
                                                    optionsWithTrace(o, flowIndex),
                                                    out,
                                                    p -> ui.accept(() -> progress.set(p))));
                    return target;
                },
                p -> {
                    running.set(false);
                    progress.set(1);
                    status.set(text.get("export.done", p.getFileName()));
                    onDone.accept(p);
                },
                error -> {
                    running.set(false);
                    status.set(text.get("export.failed", target.getFileName(), message(error)));
                });
    }

    private void remember(Path target) {
        prefs.put("export.format", format.get().extension());
        prefs.putInt("export.scale", scale.get());
        prefs.put("export.background", backdrop.get().name());
        prefs.put("export.page", page.get().name());
        prefs.putBoolean("export.selection", selectionOnly.get());
        if (target.getParent() != null) {
            prefs.put("export.dir", target.getParent().toString());
        }
    }

    /** Writes what the exporter gives. */
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /**
     * A temporary file is created private (0600); the export must be readable like the lab file:
     * the permissions of the file it replaces, else rw-r--r--.
     */
    private static void readableLikeALabFile(Path target, Path tmp) {
        try {
            Files.setPosixFilePermissions(
                    tmp,
                    Files.exists(target)
                            ? Files.getPosixFilePermissions(target)
                            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /**
     * Writes to a temporary file beside the target, readable like the lab file, then moves it over
     * the target: a failed write leaves the target as it was. Every file the app exports uses it.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeAtomically(Path target, Writing writing) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            readableLikeALabFile(target, tmp);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            try {
                Files.move(
                        tmp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // Nothing more to do: the temporary file is hidden and named after the target.
                }
            }
        }
    }

    private static String message(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }
}
