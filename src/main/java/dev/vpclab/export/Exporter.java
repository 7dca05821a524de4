package dev.vpclab.export;

import dev.vpclab.model.Lab;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a lab's diagram in one file format. Exporters are stateless and may be shared between
 * threads; an animated format (GIF of a packet walk) fits the same contract by reading the trace
 * and frame settings of its options.
 */
public interface Exporter {
    /** The format this exporter writes. */
    ExportFormat format();

    /**
     * Writes the diagram of {@code lab} to {@code out}, which stays open.
     *
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the options ask for what the lab cannot give (a
     *     selection of ids that are not in it)
     */
    void write(Lab lab, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException;

    /** The exporter of a format. */
    static Exporter of(ExportFormat format) {
        return switch (format) {
            case SVG -> new SvgExporter();
            case PNG -> new PngExporter();
            case PDF -> new PdfExporter();
            case DRAWIO -> new DrawioExporter();
            case GIF -> new GifExporter();
        };
    }
}
