package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PngExporterTest {
    private final Lab lab = ExportLabs.defaultLab();

    private static BufferedImage export(Lab lab, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Double> progress = new ArrayList<>();
        new PngExporter().write(lab, options, out, progress::add);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void hasTheContentsSizeTimesTheScale(int scale) throws IOException {
        Rect area = ExportScene.of(lab, ExportOptions.defaults()).area();
        BufferedImage image = export(lab, ExportOptions.defaults().withScale(scale));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(area.width() * scale));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(area.height() * scale));
    }

    @Test
    void aTransparentBackgroundLeavesTheMarginClearAndWhiteFillsIt() throws IOException {
        BufferedImage clear =
                export(
                        lab,
                        ExportOptions.defaults()
                                .withBackground(ExportOptions.Background.TRANSPARENT));
        BufferedImage white = export(lab, ExportOptions.defaults());

        assertThat(clear.getColorModel().hasAlpha()).isTrue();
        assertThat(clear.getRGB(2, 2) >>> 24).as("alpha of the margin").isZero();
        assertThat(white.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);
        // Inside a VPC the tinted fill is opaque either way.
        Rect vpc =
                ExportScene.of(lab, ExportOptions.defaults()).diagram().box("vpc-consumer").get();
        Rect area = ExportScene.of(lab, ExportOptions.defaults()).area();
        int x = (int) (vpc.maxX() - area.x() - 8);
        int y = (int) (vpc.maxY() - area.y() - 8);
        assertThat(clear.getRGB(x, y) >>> 24).isEqualTo(0xFF);
        assertThat(clear.getRGB(x, y)).isEqualTo(white.getRGB(x, y)).isNotEqualTo(0xFFFFFFFF);
    }

    @Test
    void aSelectionExportsOnlyThatPartWithWhatIsInside() throws IOException {
        ExportOptions selected = ExportOptions.defaults().withSelection(Set.of("subnet-app"));
        ExportScene scene = ExportScene.of(lab, selected);
        Rect subnet = scene.diagram().box("subnet-app").orElseThrow();

        assertThat(scene.area()).isEqualTo(subnet.inflate(ExportScene.MARGIN));
        assertThat(scene.includes("i-app")).isTrue();
        assertThat(scene.includes("vpc-consumer")).isFalse();
        BufferedImage image = export(lab, selected);
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(subnet.width() + 48));
        // The VPC's border would cross the margin if neighbours were painted: it stays blank.
        assertThat(image.getRGB(2, image.getHeight() / 2)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aSelectionOfUnknownIdsIsRefused() {
        assertThatThrownBy(
                        () ->
                                export(
                                        lab,
                                        ExportOptions.defaults()
                                                .withSelection(Set.of("nope", "i-app"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void aHugeDiagramIsScaledDownInsteadOfExhaustingMemory() {
        Rect wide = new Rect(0, 0, 40_000, 2_000);
        double s = PngExporter.scaleFor(wide, 4);
        assertThat(wide.width() * s).isLessThanOrEqualTo(PngExporter.MAX_SIDE);
        assertThat(wide.width() * wide.height() * s * s)
                .isLessThanOrEqualTo(PngExporter.MAX_PIXELS * 1.0001);
        assertThat(PngExporter.scaleFor(new Rect(0, 0, 1200, 600), 4)).isEqualTo(4);
    }

    @Test
    void aPictureTheHeapCannotHoldIsDrawnSmallerNotOutOfMemory() {
        Rect big = new Rect(0, 0, 4_752, 4_096); // the generated 500-component lab
        long heap256m = 256L * 1024 * 1024;
        double s = PngExporter.scaleFor(big, 4, heap256m);
        assertThat(s).isLessThan(4);
        assertThat(big.width() * big.height() * s * s * PngExporter.HEAP_BYTES_PER_PIXEL)
                .isLessThanOrEqualTo(heap256m * 1.0001);
        // a roomy heap gets the scale asked for
        assertThat(PngExporter.scaleFor(new Rect(0, 0, 1200, 600), 4, heap256m)).isEqualTo(4);
    }
}
