package dev.vpclab.app;

import dev.vpclab.check.Problem;
import dev.vpclab.edit.AutoLayout;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lab as a document: the file it came from, the window title with the dirty marker, new, open
 * (a broken file is reported and the current lab left untouched), save, save as, recent files, the
 * last lab reopened on start and autosave to a recovery file. All file work runs in the background.
 */
public final class LabDocument {
    /** The lab shown on first start. */
    public static final String DEFAULT_LAB = "/assets/labs/default.yaml";

    private static final int RECENT_MAX = 8;

    private final EditorViewModel editor;
    private final LabFiles files;
    private final Background background;
    private final Preferences prefs;
    private final Path recoveryFile;
    private final ReadOnlyObjectWrapper<Optional<Path>> file =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();

    public LabDocument(
            EditorViewModel editor,
            LabFiles files,
            Background background,
            Preferences prefs,
            Path recoveryFile) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.files = Objects.requireNonNull(files, "files");
        this.background = Objects.requireNonNull(background, "background");
        this.prefs = Objects.requireNonNull(prefs, "prefs");
        this.recoveryFile = Objects.requireNonNull(recoveryFile, "recoveryFile");
        for (String p : prefs.get("recent", "").split("\n")) {
            if (!p.isBlank()) {
                recent.add(Path.of(p));
            }
        }
        editor.labProperty().addListener((o, a, b) -> updateTitle());
        editor.dirtyProperty().addListener((o, a, b) -> updateTitle());
        file.addListener((o, a, b) -> updateTitle());
        updateTitle();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return file.get();
    }

    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /** The preferences the app keeps its choices in. */
    public Preferences preferences() {
        return prefs;
    }

    /** Recomputes the window title (after the language changed). */
    public void updateTitle() {
        Lab lab = editor.lab();
        String name =
                lab.title().isBlank()
                        ? file.get()
                                .map(p -> p.getFileName().toString())
                                .orElse(editor.text().get("app.untitled"))
                        : lab.title();
        title.set(name + (editor.isDirty() ? " *" : "") + " — " + editor.text().get("app.name"));
    }

    /** Starts an empty lab. */
    public void newLab() {
        editor.reset(Lab.empty("", "us-east-1"));
        file.set(Optional.empty());
    }

    /**
     * Opens a lab file in the background. A file that cannot be read gives its problems to {@code
     * onBroken} and leaves the current lab as it is.
     */
    public void open(Path path, Runnable onOpened, Consumer<List<Problem>> onBroken) {
        background.run(
                () -> files.read(path),
                result -> {
                    if (result.lab().isEmpty()) {
                        editor.setStatus(
                                editor.text().get("status.openFailed", path.getFileName()));
                        onBroken.accept(
                                result.errors().isEmpty() ? result.problems() : result.errors());
                        return;
                    }
                    show(result.lab().get());
                    file.set(Optional.of(path));
                    addRecent(path);
                    prefs.put("lastFile", path.toAbsolutePath().toString());
                    editor.setStatus(editor.text().get("status.opened", path.getFileName()));
                    onOpened.run();
                },
                error -> onBroken.accept(List.of()));
    }

    /** Shows an imported lab: no file holds it, so it is unsaved until saved. */
    public void showImported(Lab lab) {
        editor.resetUnsaved(lab.withLayout(AutoLayout.complete(lab)));
        file.set(Optional.empty());
        updateTitle();
    }

    /** Opens a lab shipped in the jar (the default lab and the examples); it has no file. */
    public boolean openResource(String resource) {
        return openResource(resource, UnaryOperator.identity());
    }

    /**
     * Opens a lab shipped in the jar as {@code adapt} makes it (a challenge's start, titled in the
     * learner's language); it has no file.
     */
    public boolean openResource(String resource, UnaryOperator<Lab> adapt) {
        Optional<Lab> lab = readResource(resource).lab().map(adapt);
        lab.ifPresent(
                l -> {
                    show(l);
                    file.set(Optional.empty());
                });
        return lab.isPresent();
    }

    /** Reads a lab shipped in the jar. */
    public static LoadResult readResource(String resource) {
        try (InputStream in = LabDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return LabReader.read(content, resource.substring(resource.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(Lab lab) {
        // A lab written by hand may lack positions: lay it out now, as part of opening it.
        editor.reset(lab.withLayout(AutoLayout.complete(lab)));
    }

    /** Saves to the current file; false when the lab has none yet (ask for one, then saveAs). */
    public boolean save(Runnable onSaved) {
        if (file.get().isEmpty()) {
            return false;
        }
        saveAs(file.get().get(), onSaved);
        return true;
    }

    /** Saves to {@code path} in the background. */
    public void saveAs(Path path, Runnable onSaved) {
        Lab saved = editor.lab();
        background.run(
                () -> {
                    try {
                        files.write(saved, path);
                        return path;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                p -> {
                    if (editor.lab() == saved) {
                        editor.markSaved();
                    }
                    file.set(Optional.of(p));
                    addRecent(p);
                    prefs.put("lastFile", p.toAbsolutePath().toString());
                    deleteRecovery();
                    editor.setStatus(editor.text().get("status.saved", p.getFileName()));
                    onSaved.run();
                },
                error ->
                        editor.setStatus(
                                editor.text()
                                        .get(
                                                "status.saveFailed",
                                                path.getFileName(),
                                                rootMessage(error))));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }

    private void addRecent(Path p) {
        Path abs = p.toAbsolutePath();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > RECENT_MAX) {
            recent.remove(recent.size() - 1);
        }
        List<String> texts = new ArrayList<>();
        recent.forEach(r -> texts.add(r.toString()));
        prefs.put("recent", String.join("\n", texts));
    }

    /** The file of the lab open when the app last closed, if it still exists. */
    public Optional<Path> lastFile() {
        String last = prefs.get("lastFile", "");
        return last.isEmpty()
                ? Optional.empty()
                : Optional.of(Path.of(last)).filter(Files::isRegularFile);
    }

    /** Writes unsaved work to the recovery file, in the background. */
    public void autosave() {
        if (!editor.isDirty()) {
            return;
        }
        Lab lab = editor.lab();
        background.run(
                () -> {
                    try {
                        Files.createDirectories(recoveryFile.toAbsolutePath().getParent());
                        files.write(lab, recoveryFile);
                        return recoveryFile;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                p -> {},
                error -> {});
    }

    /** True when the last run left unsaved work behind (it crashed or was killed). */
    public boolean hasRecovery() {
        return Files.isRegularFile(recoveryFile);
    }

    /** Opens the recovered work as an unsaved lab. */
    public void recover(Runnable onOpened, Consumer<List<Problem>> onBroken) {
        background.run(
                () -> files.read(recoveryFile),
                result -> {
                    if (result.lab().isEmpty()) {
                        onBroken.accept(result.problems());
                        return;
                    }
                    Lab recovered = result.lab().get();
                    editor.reset(Lab.empty(recovered.title(), recovered.region()));
                    editor.apply(
                            LabEdit.of(
                                    Message.of("edit.recover"),
                                    l -> recovered.withLayout(AutoLayout.complete(recovered))));
                    file.set(Optional.empty());
                    onOpened.run();
                },
                error -> onBroken.accept(List.of()));
    }

    /** Forgets the recovery file (after a save or a clean exit, or when the user declines). */
    public void deleteRecovery() {
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            // Nothing to do: a stale recovery file is offered again next time.
        }
    }
}
