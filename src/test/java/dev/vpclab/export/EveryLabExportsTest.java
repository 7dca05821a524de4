package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example lab and golden scenario exports to every format, with its trace drawn. */
class EveryLabExportsTest {
    static List<Path> labs() throws IOException {
        return ExportLabs.allLabs();
    }

    static Stream<Arguments> labsInEachLanguage() throws IOException {
        return labs().stream()
                .flatMap(
                        p ->
                                Stream.of(
                                        Arguments.of(p, Locale.ENGLISH),
                                        Arguments.of(p, Locale.KOREAN)));
    }

    @ParameterizedTest
    @MethodSource("labsInEachLanguage")
    void exportsToEveryFormatThatReadsBack(Path file, Locale locale) throws Exception {
        Lab lab = ExportLabs.load(file);
        Optional<Flow> flow = lab.query().or(() -> lab.flows().stream().findFirst());
        ExportOptions options = ExportOptions.defaults().withLocale(locale);
        if (flow.isPresent()) {
            options = options.withTrace(Tracer.of(lab).trace(flow.get()));
        }
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.of(format).write(lab, options, out, ExportProgress.none());
            byte[] bytes = out.toByteArray();
            switch (format) {
                case PNG -> assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).isNotNull();
                case SVG, DRAWIO ->
                        assertThat(
                                        SvgExporterTest.parse(
                                                        new String(bytes, StandardCharsets.UTF_8))
                                                .getDocumentElement())
                                .isNotNull();
                case PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(bytes)) {
                        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                        String text = new PDFTextStripper().getText(pdf);
                        assertThat(text).contains(ExportLabs.shownId(lab.components().get(0)));
                        if (flow.isPresent() && locale == Locale.KOREAN) {
                            assertThat(text).containsPattern("[\\uAC00-\\uD7A3]{2,}");
                        }
                        PdfExporterTest.assertEveryFontIsEmbedded(pdf);
                    }
                }
            }
        }
    }
}
