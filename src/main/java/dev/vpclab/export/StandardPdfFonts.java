package dev.vpclab.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the diagram's text in the PDF standard fonts (Helvetica for the sans-serif font), one font
 * object per face for the whole document. The library's own drawer makes a new font object for
 * every label, which is slow and logs a warning each time.
 */
final class StandardPdfFonts extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {
    /**
     * PDFBox warns that it measures Helvetica with a fallback face when no Helvetica is installed.
     * That is expected here (readers bring their own Helvetica) and would print a line per label on
     * the command line. Kept in a field: the logging framework holds loggers weakly.
     */
    private static final Logger FONT_LOG = quiet("org.apache.pdfbox.pdmodel.font.PDType1Font");

    private final Map<Standard14Fonts.FontName, PDFont> fonts =
            new EnumMap<>(Standard14Fonts.FontName.class);

    private static Logger quiet(String name) {
        Logger log = Logger.getLogger(name);
        log.setLevel(Level.SEVERE);
        return log;
    }

    StandardPdfFonts() {
        FONT_LOG.getLevel(); // loads the class's logging setting before the first font is made
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        Standard14Fonts.FontName name = mapDefaultFonts(font);
        if (name == null) {
            return super.mapFont(font, env);
        }
        return fonts.computeIfAbsent(name, PDType1Font::new);
    }
}
