package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
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

    /** The default lab with its VPC and flow named in Korean. */
    static Lab koreanLab() throws IOException {
        String yaml =
                Files.readString(ExportLabs.DEFAULT)
                        .replace("vpc-consumer", "소비자-vpc")
                        .replace("10.0.0.0/16", "10.0.0.0/16");
        var r = dev.vpclab.format.LabReader.read(yaml, "korean.yaml");
        return r.lab().orElseThrow(() -> new AssertionError(r.errors()));
    }

    @Test
    void koreanIdsAndAKoreanLegendAreEmbeddedExtractableText() throws IOException {
        Lab korean = koreanLab();
        var trace = Tracer.of(korean).trace(ExportLabs.s3Flow(korean));
        ExportOptions options = ExportOptions.defaults().withTrace(trace).withLocale(Locale.KOREAN);
        try (PDDocument pdf = export(korean, options)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("소비자-vpc", "10.0.0.0/16");
            assertThat(text).containsPattern("[\\uAC00-\\uD7A3]{2,}");
            assertEveryFontIsEmbedded(pdf);
        }
    }

    /** Every font the page uses carries its glyphs, so no reader substitutes its own. */
    static void assertEveryFontIsEmbedded(PDDocument pdf) throws IOException {
        var resources = pdf.getPage(0).getResources();
        int fonts = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name)
                    instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                for (COSName fontName : form.getResources().getFontNames()) {
                    PDFont font = form.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
        }
        assertThat(fonts).isPositive();
    }
}
