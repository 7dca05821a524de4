package dev.vpclab.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes labs as YAML (or JSON for names ending in {@code .json}) in the lab format, keys in the
 * order {@code format, title, description, region, components, layout, flows, query}, then the
 * lab's extras. Saving is atomic: the old file stays as it was unless the new one is complete.
 */
public final class LabWriter {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LabWriter() {}

    /** The step that puts the bytes into the temporary file; tests replace it to fail midway. */
    @FunctionalInterface
    interface ByteSink {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    private static final ByteSink CHANNEL =
            (channel, bytes) -> {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            };

    /** The lab as YAML text. */
    public static String toYaml(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Map<String, Object> tree = tree(lab);
        // One pass over the tree; SnakeYAML only for what that writer leaves to it (issue 12).
        return BlockYaml.write(tree).orElseGet(() -> snakeYaml(tree));
    }

    /** The tree as SnakeYAML's dumper writes it. */
    static String snakeYaml(Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(distinct(tree));
    }

    /**
     * A copy of the tree in which no list or map object appears twice. SnakeYAML writes an object
     * met twice (for example one list shared by two records) as an anchor and aliases, and the
     * reader limits aliases to protect memory, so a saved lab could otherwise not be opened again.
     */
    private static Object distinct(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, distinct(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(distinct(v)));
            return copy;
        }
        return node;
    }

    /** The lab as JSON text. */
    public static String toJson(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        try {
            return JSON.writeValueAsString(tree(lab)) + "\n";
        } catch (JsonProcessingException e) {
            // plain maps, lists and scalars always serialize
            throw new IllegalStateException("cannot write the lab as JSON", e);
        }
    }

    /**
     * Saves the lab atomically: written to a temporary file in the same folder, forced to disk,
     * then moved over {@code file}. On failure the existing file is untouched and the temporary
     * file removed.
     *
     * @throws IOException naming the file and the cause
     */
    public static void write(Lab lab, Path file) throws IOException {
        write(lab, file, CHANNEL);
    }

    static void write(Lab lab, Path file, ByteSink sink) throws IOException {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        byte[] bytes;
        try {
            bytes =
                    (LabReader.isJson(target.toString()) ? toJson(lab) : toYaml(lab))
                            .getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IOException("Could not save " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            // never write what the reader refuses to open again; the old file stays as it was
            throw new IOException(
                    "Could not save "
                            + file
                            + ": the lab would take "
                            + bytes.length
                            + " bytes, more than the "
                            + Limits.MAX_FILE_BYTES
                            + " a lab file may hold");
        }
        removeStaleTemporaries(dir, target.getFileName().toString());
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                sink.write(channel, bytes);
                channel.force(true);
            }
            try {
                Files.move(
                        temp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems cannot rename atomically; replacing is the best they offer
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Could not save " + file + ": " + describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the save already failed; that failure is the one to report
                }
            }
        }
    }

    /**
     * How old a temporary file of an earlier save must be to count as left by an interrupted one.
     */
    static final Duration STALE_TEMPORARY = Duration.ofMinutes(1);

    /**
     * Removes the hidden {@code .name.*.tmp} files an interrupted save of this lab left behind (a
     * kill or power cut between writing and renaming). Only those older than {@link
     * #STALE_TEMPORARY}, so a save running at the same moment in another window keeps its own.
     */
    static void removeStaleTemporaries(Path dir, String name) {
        String prefix = "." + name + ".";
        Instant before = Instant.now().minus(STALE_TEMPORARY);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path temp : temps) {
                String tempName = temp.getFileName().toString();
                if (tempName.startsWith(prefix)
                        && tempName.length() > prefix.length() + ".tmp".length()
                        && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: the save itself must not fail for it
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A new temporary file is private; the saved lab keeps the old file's permissions. */
    private static void keepPermissions(Path target, Path temp) {
        try {
            Set<PosixFilePermission> perms =
                    Files.exists(target)
                            ? Files.getPosixFilePermissions(target)
                            : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: keep the default
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a folder. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open folders; the file itself was already forced to disk
        }
    }

    /** The whole file as ordered maps, lists and scalars. */
    static Map<String, Object> tree(Lab lab) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", Lab.FORMAT);
        m.put("title", lab.title());
        if (!lab.description().isEmpty()) {
            m.put("description", lab.description());
        }
        m.put("region", lab.region());
        List<Object> components = new ArrayList<>();
        for (Component c : lab.components()) {
            components.add(ComponentWriter.write(c));
        }
        m.put("components", components);
        if (!lab.layout().isEmpty()) {
            Map<String, Object> layout = new LinkedHashMap<>();
            lab.layout().forEach((id, box) -> layout.put(id, box(box)));
            m.put("layout", layout);
        }
        if (!lab.flows().isEmpty()) {
            m.put("flows", ComponentWriter.each(lab.flows(), LabWriter::flow));
        }
        lab.query().ifPresent(q -> m.put("query", flow(q)));
        lab.extras().forEach(m::putIfAbsent); // a key of the model always wins
        return m;
    }

    private static Map<String, Object> box(LayoutBox box) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", number(box.x()));
        m.put("y", number(box.y()));
        box.width().ifPresent(w -> m.put("w", number(w)));
        box.height().ifPresent(h -> m.put("h", number(h)));
        return m;
    }

    /** Whole coordinates are written without a fraction: {@code 120}, not {@code 120.0}. */
    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }

    static Map<String, Object> flow(Flow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        f.name().ifPresent(n -> m.put("name", n));
        m.put("from", f.from());
        m.put("to", f.to());
        m.put("protocol", f.protocol().toString());
        f.port().ifPresent(p -> m.put("port", p));
        m.put("ipVersion", f.ipVersion().number());
        f.sourcePort().ifPresent(p -> m.put("sourcePort", p));
        f.icmpType().ifPresent(t -> m.put("icmpType", t));
        f.request()
                .ifPresent(
                        r -> {
                            Map<String, Object> request = new LinkedHashMap<>();
                            request.put("action", r.action());
                            request.put("resource", r.resource());
                            m.put("request", request);
                        });
        f.via().ifPresent(v -> m.put("via", v));
        return m;
    }
}
