package dev.vpclab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the desktop app without GTK 3 says what to install, in one sentence. */
class DesktopLibrariesTest {
    @TempDir Path tmp;

    @Test
    void aLinuxWithoutGtk3IsToldWhatToInstall() {
        Optional<Message> m = DesktopLibraries.missing("Linux", null, List.of(tmp));
        assertThat(m).isPresent();
        String en = m.get().render(Locale.ROOT);
        assertThat(en).contains("GTK 3", "sudo apt install libgtk-3-0").doesNotContain("\n");
        assertThat(en.split("[.!?] ")).hasSize(1);
        assertThat(m.get().render(Locale.KOREAN)).contains("sudo apt install libgtk-3-0", "설치");
    }

    @Test
    void gtk3InAnyLibraryDirectoryIsEnough() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.createFile(lib.resolve("libgtk-3.so.0"));
        assertThat(DesktopLibraries.missing("Linux", null, List.of(tmp, lib))).isEmpty();
        assertThat(DesktopLibraries.missing("Linux", "gtk", List.of(lib))).isEmpty();
    }

    @Test
    void otherSystemsAndOtherGlassPlatformsAreNotChecked() {
        assertThat(DesktopLibraries.missing("Windows 11", null, List.of(tmp))).isEmpty();
        assertThat(DesktopLibraries.missing("Mac OS X", null, List.of(tmp))).isEmpty();
        assertThat(DesktopLibraries.missing("Linux", "Monocle", List.of(tmp))).isEmpty();
    }

    @Test
    void theSearchPathFollowsLdLibraryPathAndLdSoConfIncludes() throws IOException {
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        Path confd = Files.createDirectories(etc.resolve("ld.so.conf.d"));
        Files.writeString(etc.resolve("ld.so.conf"), "# comment\ninclude ld.so.conf.d/*.conf\n");
        Files.writeString(confd.resolve("x86_64.conf"), "/opt/gtk/lib\n\n/srv/lib\n");
        Files.writeString(confd.resolve("ignored.txt"), "/not/this\n");
        List<Path> dirs = DesktopLibraries.searchPath("/my/lib::/other", etc);
        assertThat(dirs)
                .startsWith(
                        Path.of("/my/lib"),
                        Path.of("/other"),
                        Path.of("/opt/gtk/lib"),
                        Path.of("/srv/lib"))
                .doesNotContain(Path.of("/not/this"))
                .contains(Path.of("/usr/lib/x86_64-linux-gnu"));
    }

    @Test
    void javafxsOwnGtkFailureIsRecognised() {
        RuntimeException launch =
                new RuntimeException(
                        "Application launch failed",
                        new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(DesktopLibraries.isGtkFailure(launch)).isTrue();
        assertThat(DesktopLibraries.isGtkFailure(new IllegalStateException("something else")))
                .isFalse();
    }
}
