package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.edit.Connections;
import dev.vpclab.edit.Point;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabDocumentTest {
    @TempDir Path dir;
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/test/" + UUID.randomUUID());
    private final MemoryLabFiles files = new MemoryLabFiles();
    private final EditorViewModel vm =
            new EditorViewModel(
                    Lab.empty("", "us-east-1"),
                    Background.immediate(),
                    new AppText(Locale.ENGLISH));
    private LabDocument doc;

    private LabDocument doc() {
        if (doc == null) {
            doc =
                    new LabDocument(
                            vm, files, Background.immediate(), prefs, dir.resolve("recovery.yaml"));
        }
        return doc;
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void theDefaultLabShipsInTheJarAndReadsWithoutErrors() {
        var result = LabDocument.readResource(LabDocument.DEFAULT_LAB);
        assertThat(result.errors()).isEmpty();
        Lab lab = result.lab().orElseThrow();
        assertThat(lab.component("vpce-s3")).isPresent();
        assertThat(lab.component("vpce-app")).isPresent();
        assertThat(lab.component("nlb-app")).isPresent();
        assertThat(lab.flows()).hasSize(2);
        assertThat(lab.layout()).containsKeys("vpc-consumer", "subnet-app", "i-app");
    }

    @Test
    void theExamplesAreValidLabs() {
        for (String name : Menus.EXAMPLES) {
            var result = LabDocument.readResource("/assets/labs/" + name + ".yaml");
            assertThat(result.errors()).as(name).isEmpty();
            assertThat(result.lab()).as(name).isPresent();
        }
    }

    @Test
    void theTitleShowsTheLabNameAndADirtyMarker() {
        doc().openResource(LabDocument.DEFAULT_LAB);
        assertThat(doc().titleProperty().get())
                .isEqualTo("VPC endpoints at a glance — VPC Endpoint Lab");
        vm.drop(ComponentKind.INTERNET_HOST, new Point(-400, -400));
        assertThat(doc().titleProperty().get())
                .isEqualTo("VPC endpoints at a glance * — VPC Endpoint Lab");
    }

    @Test
    void saveAndReopenGiveTheSameLabAndRememberTheFile() {
        doc().newLab();
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        Path file = dir.resolve("my.yaml");
        doc().saveAs(file, () -> {});
        assertThat(vm.isDirty()).isFalse();
        assertThat(doc().recentFiles()).containsExactly(file.toAbsolutePath());
        Lab saved = vm.lab();

        doc().newLab();
        doc().open(file, () -> {}, p -> {});
        assertThat(vm.lab()).isEqualTo(saved);
        assertThat(doc().file()).contains(file);
    }

    @Test
    void aBrokenFileIsReportedAndTheCurrentLabIsUntouched() {
        doc().openResource(LabDocument.DEFAULT_LAB);
        Lab before = vm.lab();
        List<Problem> reported = new ArrayList<>();
        doc().open(dir.resolve("broken.yaml"), () -> {}, reported::addAll);
        assertThat(vm.lab()).isSameAs(before);
        assertThat(reported)
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.location().orElseThrow().line()).isEqualTo(7);
                            assertThat(p.field()).contains("cidr");
                        });
        assertThat(vm.statusProperty().get()).contains("could not be opened");
    }

    @Test
    void aFailedSaveKeepsTheLabDirtyAndSaysWhy() {
        doc().newLab();
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        doc().saveAs(dir.resolve("readonly.yaml"), () -> {});
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.statusProperty().get()).contains("read-only file system");
    }

    @Test
    void unsavedWorkIsAutosavedAndCanBeRecovered() {
        doc().newLab();
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        Lab unsaved = vm.lab();
        // The autosave goes through LabFiles: the memory files stand in for the disk.
        doc().autosave();
        Path recovery = dir.resolve("recovery.yaml");
        assertThat(files.files).containsKey(recovery);
        try {
            Files.writeString(recovery, "x"); // what the real writer leaves on disk
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        EditorViewModel next =
                new EditorViewModel(
                        Lab.empty("", "us-east-1"),
                        Background.immediate(),
                        new AppText(Locale.ENGLISH));
        LabDocument restarted =
                new LabDocument(next, files, Background.immediate(), prefs, recovery);
        assertThat(restarted.hasRecovery()).isTrue();
        restarted.recover(() -> {}, p -> {});
        assertThat(next.lab().components()).isEqualTo(unsaved.components());
        assertThat(next.isDirty()).isTrue();
        restarted.deleteRecovery();
        assertThat(restarted.hasRecovery()).isFalse();
    }

    @Test
    void aLabBuiltInTheEditorIsSavedToDiskAndReadBackTheSame() throws IOException {
        EditorViewModel editor =
                new EditorViewModel(
                        Lab.empty("Built", "us-east-1"),
                        Background.immediate(),
                        new AppText(Locale.ENGLISH));
        LabDocument disk =
                new LabDocument(
                        editor,
                        new DiskLabFiles(),
                        Background.immediate(),
                        prefs,
                        dir.resolve("recovery.yaml"));
        editor.drop(ComponentKind.VPC, new Point(400, 300));
        var vpc = editor.diagram().box("vpc-1").orElseThrow();
        editor.drop(ComponentKind.SUBNET, new Point(vpc.x() + 150, vpc.y() + 100));
        var subnet = editor.diagram().box("subnet-1").orElseThrow();
        editor.drop(ComponentKind.INSTANCE, subnet.center());
        editor.drop(ComponentKind.GATEWAY_ENDPOINT, new Point(vpc.maxX() - 80, vpc.maxY() - 40));
        editor.attempt(Connections.connect(editor.lab(), "vpce-1", "rtb-1"));
        Path file = dir.resolve("built.yaml");
        disk.saveAs(file, () -> {});
        assertThat(editor.isDirty()).isFalse();
        assertThat(Files.readString(file)).contains("format: vpclab/1", "pl-s3-use1", "layout:");

        var read = new DiskLabFiles().read(file);
        assertThat(read.errors()).isEmpty();
        assertThat(read.lab().orElseThrow().components()).isEqualTo(editor.lab().components());
        assertThat(read.lab().orElseThrow().layout()).isEqualTo(editor.lab().layout());
    }
}
