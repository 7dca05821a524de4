package dev.vpclab.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the diagram as a one-page vector PDF: a page the size of the content, or the content
 * fitted and centred on an A4 or Letter sheet in landscape. Text, Korean included, is real PDF text
 * in an embedded subset of a bundled Hangul-capable face, which any PDF reader shows, searches and
 * copies without the font installed.
 */
public final class PdfExporter implements Exporter {
    /** PDF points per lab unit on a page sized to the content: a lab pixel at 96 dpi. */
    static final double POINTS_PER_UNIT = 0.75;

    /** Margin of a fitted page, in points. */
    static final double PAGE_MARGIN = 28;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(Lab lab, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        // Laid out in the face the PDF embeds, so the legend fits the text the reader shows.
        ExportScene scene =
                ExportScene.of(
                        lab,
                        options,
                        AwtTextMeasure.of(PdfFonts.awtFont(false), PdfFonts.awtFont(true)));
        Rect area = scene.area();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(lab.title());
            info.setCreator("VPC Endpoint Lab");
            float drawW = (float) (area.width() * POINTS_PER_UNIT);
            float drawH = (float) (area.height() * POINTS_PER_UNIT);
            PDRectangle pageSize;
            double scale = 1;
            if (options.page() == ExportOptions.Page.CONTENT) {
                pageSize = new PDRectangle(drawW, drawH);
            } else {
                ExportOptions.Page p = options.page();
                pageSize = new PDRectangle((float) p.width(), (float) p.height());
                scale =
                        Math.min(
                                (p.width() - 2 * PAGE_MARGIN) / drawW,
                                (p.height() - 2 * PAGE_MARGIN) / drawH);
            }
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, drawW, drawH);
            try {
                g.setFontTextDrawer(new PdfFonts());
                g.scale(POINTS_PER_UNIT, POINTS_PER_UNIT);
                g.translate(-area.x(), -area.y());
                // Measured and drawn in the face the PDF embeds, so labels are text in any
                // language.
                scene.paint(
                        Graphics2DSurface.withFonts(
                                g, PdfFonts.awtFont(false), PdfFonts.awtFont(true)));
            } finally {
                g.dispose();
            }
            progress.worked(0.6);
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                double x = (pageSize.getWidth() - drawW * scale) / 2;
                double y = (pageSize.getHeight() - drawH * scale) / 2;
                cs.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) x, (float) y));
                cs.drawForm(form);
            }
            doc.save(out);
        }
        progress.worked(1);
    }
}
