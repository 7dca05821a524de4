package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the {@code .json} files of an export folder or of a zip of one, in name order, so that an
 * import is the same on every machine. Sizes are capped so that a hostile zip cannot fill memory.
 */
final class SourceFolder {
    private SourceFolder() {}

    /** No export needs more; a bigger one is refused rather than read into memory. */
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    static List<SourceFile> read(Path path) throws ImportFailure {
        if (!Files.exists(path)) {
            throw new ImportFailure(Message.of("import.error.noInput", path));
        }
        try {
            if (Files.isDirectory(path)) {
                return readFolder(path);
            }
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return readZip(path);
            }
            return List.of(SourceFile.at(path.getFileName().toString(), Files.readString(path)));
        } catch (IOException e) {
            throw new ImportFailure(
                    Message.of("import.error.unreadable", path, String.valueOf(e.getMessage())));
        }
    }

    private static List<SourceFile> readFolder(Path root) throws IOException, ImportFailure {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files =
                    walk.filter(Files::isRegularFile)
                            .filter(SourceFolder::isJson)
                            .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                            .toList();
        }
        long total = 0;
        List<SourceFile> out = new ArrayList<>();
        for (Path file : files) {
            total += Files.size(file);
            if (total > MAX_TOTAL_BYTES) {
                throw new ImportFailure(Message.of("import.error.tooLarge", root, MAX_TOTAL_BYTES));
            }
            out.add(SourceFile.at(root.relativize(file).toString(), Files.readString(file)));
        }
        return out;
    }

    private static List<SourceFile> readZip(Path zip) throws IOException, ImportFailure {
        List<SourceFile> out = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !isJson(Path.of(e.getName()).getFileName())) {
                    continue;
                }
                byte[] bytes = readCapped(in, MAX_TOTAL_BYTES - total, zip);
                total += bytes.length;
                String name = e.getName();
                // A zip of the folder itself ("export/us-east-1/x.json") keeps one more level.
                out.add(SourceFile.at(name, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        out.sort(Comparator.comparing(SourceFile::name));
        return out;
    }

    private static byte[] readCapped(InputStream in, long room, Path zip)
            throws IOException, ImportFailure {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
        if (bytes.length > room) {
            throw new ImportFailure(Message.of("import.error.tooLarge", zip, MAX_TOTAL_BYTES));
        }
        return bytes;
    }

    private static boolean isJson(Path p) {
        return p != null && p.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * The text of one input file (a Terraform state, a CloudFormation template), refused with a
     * located message when it is missing, unreadable or larger than {@link #MAX_TOTAL_BYTES}.
     */
    static String readFile(Path path) throws ImportFailure {
        if (!Files.isRegularFile(path)) {
            throw new ImportFailure(Message.of("import.error.noInput", path));
        }
        try {
            if (Files.size(path) > MAX_TOTAL_BYTES) {
                throw new ImportFailure(Message.of("import.error.tooLarge", path, MAX_TOTAL_BYTES));
            }
            return Files.readString(path);
        } catch (IOException e) {
            throw new ImportFailure(
                    Message.of("import.error.unreadable", path, String.valueOf(e.getMessage())));
        }
    }
}
