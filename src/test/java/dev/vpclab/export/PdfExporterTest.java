package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExporterTest {
    private final Lab lab = ExportLabs.defaultLab();

    private static PDDocument export(Lab lab, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(lab, options, out, ExportProgress.none());
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void theTextOfThePageHoldsEveryComponentLabel() throws IOException {
        try (PDDocument pdf = export(lab, ExportOptions.defaults())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            for (Component c : lab.components()) {
                assertThat(text).as(c.id()).contains(ExportLabs.shownId(c));
            }
            assertThat(text).contains("10.0.0.0/16", "10.0.1.10");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(lab.title());
        }
    }

    @Test
    void aContentPageHasTheDiagramsProportions() throws IOException {
        Rect area = ExportScene.of(lab, ExportOptions.defaults()).area();
        try (PDDocument pdf = export(lab, ExportOptions.defaults())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo((float) (area.width() * 0.75), within());
            assertThat(box.getHeight()).isCloseTo((float) (area.height() * 0.75), within());
        }
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.5f);
    }

    @Test
    void a4AndLetterAreLandscapeSheets() throws IOException {
        try (PDDocument a4 = export(lab, ExportOptions.defaults().withPage(ExportOptions.Page.A4));
                PDDocument letter =
                        export(lab, ExportOptions.defaults().withPage(ExportOptions.Page.LETTER))) {
            PDRectangle a = a4.getPage(0).getMediaBox();
            assertThat(a.getWidth()).isCloseTo(841.89f, within());
            assertThat(a.getHeight()).isCloseTo(595.28f, within());
            PDRectangle l = letter.getPage(0).getMediaBox();
            assertThat(l.getWidth()).isCloseTo(792f, within());
            assertThat(l.getHeight()).isCloseTo(612f, within());
            assertThat(new PDFTextStripper().getText(a4)).contains("vpc-consumer");
        }
    }

    @Test
    void aTracesLegendIsTextToo() throws IOException {
        var trace = Tracer.of(lab).trace(ExportLabs.s3Flow(lab));
        try (PDDocument pdf = export(lab, ExportOptions.defaults().withTrace(trace))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Trace:", "Verdict: REACHABLE");
        }
    }
}
