package dev.vpclab.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the diagram's text in a bundled Hangul-capable TrueType face (NanumSquare, SIL OFL),
 * embedded as a subset of the glyphs the page uses: Korean and Latin labels are real text that a
 * reader shows without the font installed and can search and copy. One font object per weight for
 * the whole document. (The library's default path draws text its fonts cannot show as outlines, and
 * crashes doing so inside a text object.)
 */
final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {
    /** The family name of the bundled face, the one the PDF surface measures and draws in. */
    static final String FAMILY = "NanumSquare";

    private static final String REGULAR = "fonts/NanumSquareR.ttf";
    private static final String BOLD = "fonts/NanumSquareB.ttf";

    private PDFont regular;
    private PDFont bold;

    /** The bundled face as a Java font, so that text is measured with the glyphs the PDF shows. */
    static Font awtFont(boolean isBold) {
        return isBold ? Awt.BOLD : Awt.REGULAR;
    }

    private static final class Awt {
        static final Font REGULAR = load(PdfFonts.REGULAR);
        static final Font BOLD = load(PdfFonts.BOLD);

        private static Font load(String resource) {
            try (InputStream in = open(resource)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("bundled font " + resource + " is unreadable", e);
            }
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = PdfFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("bundled font " + resource + " is missing");
        }
        return in;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        // A face loaded with Font.createFont reports a plain style even when it is the bold
        // face, so the bundled bold is recognised by its name too.
        if (font.isBold() || font.getFontName().equals(Awt.BOLD.getFontName())) {
            if (bold == null) {
                bold = load(env, BOLD);
            }
            return bold;
        }
        if (regular == null) {
            regular = load(env, REGULAR);
        }
        return regular;
    }

    private static PDFont load(IFontTextDrawerEnv env, String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return PDType0Font.load(env.getDocument(), in, true);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
