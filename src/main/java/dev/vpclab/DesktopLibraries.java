package dev.vpclab;

import dev.vpclab.i18n.Message;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the desktop app can start on this machine. On Linux, JavaFX draws its windows through GTK
 * 3 ({@code libgtk-3.so.0}); without it, JavaFX stops with a long stack trace that does not say
 * what to install. This looks for the library before JavaFX starts, and recognises the failure when
 * it happens anyway, so the user reads one sentence instead. Pure Java: nothing here needs a
 * display, and the command line never calls it.
 */
public final class DesktopLibraries {
    /** The file JavaFX's GTK glass loads. */
    static final String GTK3 = "libgtk-3.so.0";

    /** Where a Linux distribution puts shared libraries when ld.so.conf does not say. */
    static final List<Path> STANDARD_DIRS =
            List.of(
                    Path.of("/lib"),
                    Path.of("/lib64"),
                    Path.of("/usr/lib"),
                    Path.of("/usr/lib64"),
                    Path.of("/usr/local/lib"),
                    Path.of("/lib/x86_64-linux-gnu"),
                    Path.of("/usr/lib/x86_64-linux-gnu"),
                    Path.of("/lib/aarch64-linux-gnu"),
                    Path.of("/usr/lib/aarch64-linux-gnu"));

    private DesktopLibraries() {}

    /** What the user must install before the app can open here, in their language; if anything. */
    public static Optional<String> problem() {
        return missing(
                        System.getProperty("os.name", ""),
                        System.getProperty("glass.platform"),
                        searchPath(System.getenv("LD_LIBRARY_PATH"), Path.of("/etc")))
                .map(m -> m.render(Locale.getDefault()));
    }

    /**
     * The message for a missing GTK 3: only on Linux, only when JavaFX would use its GTK glass (not
     * when {@code glassPlatform} picks another, such as the headless Monocle of the tests), and
     * only when none of {@code dirs} holds {@code libgtk-3.so.0}.
     */
    static Optional<Message> missing(String osName, String glassPlatform, List<Path> dirs) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        if (glassPlatform != null && !glassPlatform.equalsIgnoreCase("gtk")) {
            return Optional.empty();
        }
        for (Path d : dirs) {
            if (Files.exists(d.resolve(GTK3))) {
                return Optional.empty();
            }
        }
        return Optional.of(noGtk());
    }

    /** The one sentence that says what to install. */
    public static Message noGtk() {
        return Message.of("desktop.noGtk", "sudo apt install libgtk-3-0", "sudo dnf install gtk3");
    }

    /**
     * The directories the dynamic linker searches: {@code LD_LIBRARY_PATH}, those listed in {@code
     * etc/ld.so.conf} and the files it includes, then the standard ones.
     */
    static List<Path> searchPath(String ldLibraryPath, Path etc) {
        Set<Path> dirs = new LinkedHashSet<>();
        if (ldLibraryPath != null) {
            for (String p : ldLibraryPath.split(":")) {
                if (!p.isBlank()) {
                    dirs.add(Path.of(p));
                }
            }
        }
        readConf(etc.resolve("ld.so.conf"), dirs, 0);
        dirs.addAll(STANDARD_DIRS);
        return new ArrayList<>(dirs);
    }

    private static void readConf(Path conf, Set<Path> dirs, int depth) {
        if (depth > 4 || !Files.isRegularFile(conf)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(conf)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("include ")) {
                    include(
                            conf.getParent(),
                            l.substring("include ".length()).strip(),
                            dirs,
                            depth);
                } else if (l.startsWith("/")) {
                    dirs.add(Path.of(l));
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable configuration only means fewer places to look.
        }
    }

    /** An {@code include} line: a file name or a glob such as {@code ld.so.conf.d/*.conf}. */
    private static void include(Path base, String pattern, Set<Path> dirs, int depth) {
        Path p = base.resolve(pattern);
        Path dir = p.getParent();
        String glob = p.getFileName().toString();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path f : sorted) {
                readConf(f, dirs, depth + 1);
            }
        } catch (IOException | RuntimeException e) {
            // As above.
        }
    }

    /** True when JavaFX failed to start because it could not load GTK. */
    public static boolean isGtkFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("glass gtk") || m.contains("libgtk") || m.contains("gtk-3")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
