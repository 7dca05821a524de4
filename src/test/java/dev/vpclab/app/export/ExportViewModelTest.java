package dev.vpclab.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.LabDocument;
import dev.vpclab.export.ExportFormat;
import dev.vpclab.export.ExportOptions;
import dev.vpclab.model.Lab;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExportViewModelTest {
    @TempDir Path dir;
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/test/export/" + UUID.randomUUID());
    private final Lab lab = LabDocument.readResource(LabDocument.DEFAULT_LAB).lab().orElseThrow();

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    private ExportViewModel vm(Set<String> selection) {
        return new ExportViewModel(
                lab,
                selection,
                prefs,
                Background.immediate(),
                Runnable::run,
                new AppText(Locale.ENGLISH));
    }

    @Test
    void exportsTheLabAsSvgThatParsesAndNamesItsComponents() throws Exception {
        ExportViewModel vm = vm(Set.of());
        vm.formatProperty().set(ExportFormat.SVG);
        Path target = dir.resolve("lab.svg");
        vm.fileProperty().set(java.util.Optional.of(target));
        List<Path> done = new ArrayList<>();
        vm.export(done::add);
        assertThat(done).containsExactly(target.toAbsolutePath());
        Document svg =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Files.readString(target)).contains("vpce-s3");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("Exported lab.svg");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // no temporary file left behind
        }
    }

    @Test
    void aPngAt2xIsTwiceTheSizeOfThePreviewAndTransparentWhenAsked() throws Exception {
        ExportViewModel vm = vm(Set.of());
        vm.formatProperty().set(ExportFormat.PNG);
        vm.scaleProperty().set(2);
        vm.backgroundProperty().set(ExportOptions.Background.TRANSPARENT);
        vm.refreshPreview();
        BufferedImage preview = vm.previewProperty().get().orElseThrow();
        Path target = dir.resolve("lab.png");
        vm.fileProperty().set(java.util.Optional.of(target));
        vm.export(p -> {});
        BufferedImage png = ImageIO.read(target.toFile());
        assertThat(png.getWidth()).isBetween(2 * preview.getWidth() - 2, 2 * preview.getWidth());
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(png.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void theChoicesAreRememberedForTheNextExport() {
        ExportViewModel first = vm(Set.of("vpc-1"));
        first.formatProperty().set(ExportFormat.PDF);
        first.scaleProperty().set(3);
        first.pageProperty().set(ExportOptions.Page.A4);
        first.selectionOnlyProperty().set(true);
        first.fileProperty().set(java.util.Optional.of(dir.resolve("out.pdf")));
        first.export(p -> {});

        ExportViewModel next = vm(Set.of("vpc-1"));
        assertThat(next.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(next.scaleProperty().get()).isEqualTo(3);
        assertThat(next.pageProperty().get()).isEqualTo(ExportOptions.Page.A4);
        assertThat(next.selectionOnlyProperty().get()).isTrue();
        assertThat(next.options().selection()).containsExactly("vpc-1");
        assertThat(next.fileProperty().get().orElseThrow().getParent())
                .isEqualTo(dir.toAbsolutePath());
        // Without a selection, "selection only" is not offered.
        assertThat(vm(Set.of()).selectionOnlyProperty().get()).isFalse();
    }

    @Test
    void changingTheFormatChangesTheFileExtension() {
        ExportViewModel vm = vm(Set.of());
        vm.fileProperty().set(java.util.Optional.of(dir.resolve("diagram.png")));
        vm.formatProperty().set(ExportFormat.DRAWIO);
        assertThat(vm.fileProperty().get().orElseThrow().getFileName())
                .hasToString("diagram.drawio");
    }

    @Test
    void anExportIsReadableLikeTheLabFileNotPrivate() throws IOException {
        Path target = dir.resolve("new.svg");
        ExportViewModel.writeAtomically(target, out -> out.write('x'));
        assertThat(
                        java.nio.file.attribute.PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void theExportIsProposedBesideTheLabUnderItsName() {
        ExportViewModel vm = vm(Set.of());
        vm.formatProperty().set(ExportFormat.PNG);
        vm.suggestBeside(dir.resolve("my-lab.yaml"));
        assertThat(vm.fileProperty().get()).contains(dir.resolve("my-lab.png").toAbsolutePath());
        vm.formatProperty().set(ExportFormat.SVG);
        assertThat(vm.fileProperty().get()).contains(dir.resolve("my-lab.svg").toAbsolutePath());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("keep.svg");
        Files.writeString(target, "old");
        assertThatThrownBy(
                        () ->
                                ExportViewModel.writeAtomically(
                                        target,
                                        out -> {
                                            out.write(1);
                                            throw new IOException("disk full");
                                        }))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anAnimatedGifNeedsAFlowAndThenWalksIt() throws Exception {
        ExportViewModel vm = vm(Set.of());
        vm.formatProperty().set(ExportFormat.GIF);
        Path target = dir.resolve("walk.gif");
        vm.fileProperty().set(java.util.Optional.of(target));
        vm.scaleProperty().set(1);
        vm.export(p -> {});
        assertThat(vm.statusProperty().get()).isEqualTo("Choose a flow to animate first");
        assertThat(target).doesNotExist();
        vm.flowProperty().set(0);
        vm.export(p -> {});
        assertThat(ImageIO.getImageReadersByFormatName("gif").next()).isNotNull();
        try (var in = ImageIO.createImageInputStream(target.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isGreaterThan(1);
        }
    }

    @Test
    void theTraceOfAFlowCanBeDrawn() throws Exception {
        ExportViewModel vm = vm(Set.of());
        assertThat(vm.flowNames()).isNotEmpty();
        vm.formatProperty().set(ExportFormat.SVG);
        vm.flowProperty().set(0);
        Path target = dir.resolve("trace.svg");
        vm.fileProperty().set(java.util.Optional.of(target));
        vm.export(p -> {});
        Path plain = dir.resolve("plain.svg");
        vm.flowProperty().set(-1);
        vm.fileProperty().set(java.util.Optional.of(plain));
        vm.export(p -> {});
        assertThat(Files.size(target)).isGreaterThan(Files.size(plain));
    }
}
