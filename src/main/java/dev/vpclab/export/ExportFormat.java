package dev.vpclab.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A file format a lab's diagram can be exported to, with its file extension and media type. */
public enum ExportFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml"),
    PDF("pdf", "application/pdf"),
    DRAWIO("drawio", "application/vnd.jgraph.mxfile"),
    /** An animated packet walk of the options' trace. */
    GIF("gif", "image/gif");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named by its extension ({@code png}, {@code drawio}), in any case. */
    public static Optional<ExportFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n)).findFirst();
    }
}
