package dev.vpclab.export;

import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes the diagram as a PNG image at 1x to 4x, on the style's background or transparent. Painted
 * with Java2D in memory, so it needs no display.
 */
public final class PngExporter implements Exporter {
    /**
     * The largest picture made, in pixels: four times a 4K screen at 4x would need gigabytes. A
     * larger export is scaled down to fit and keeps its aspect ratio.
     */
    public static final long MAX_PIXELS = 120_000_000L;

    /**
     * Bytes of Java heap one pixel costs while a PNG is made: the 4-byte ARGB picture, the rows the
     * encoder filters and compresses, and room for the rest of the program.
     */
    static final long HEAP_BYTES_PER_PIXEL = 12;

    /** The longest side Java's image classes handle well. */
    public static final int MAX_SIDE = 32_000;

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public void write(Lab lab, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        BufferedImage image = render(lab, options);
        progress.worked(0.5);
        // A white background makes every pixel opaque: RGB is a quarter smaller than RGBA.
        PngEncoder.write(image, options.background() == ExportOptions.Background.WHITE, out);
        progress.worked(1);
    }

    /** The picture, as the PNG file holds it. */
    public BufferedImage render(Lab lab, ExportOptions options) {
        ExportScene scene = ExportScene.of(lab, options);
        Rect area = scene.area();
        double scale = scaleFor(area, options.scale());
        int w = Math.max(1, (int) Math.ceil(area.width() * scale));
        int h = Math.max(1, (int) Math.ceil(area.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            g.translate(-area.x(), -area.y());
            scene.paint(new Graphics2DSurface(g, Graphics2DSurface.installedFamily()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The pixels per lab unit the PNG of this lab is drawn at: the options' scale, unless the
     * picture would pass {@link #MAX_PIXELS} or {@link #MAX_SIDE}; then less.
     */
    public static double scaleUsed(Lab lab, ExportOptions options) {
        return scaleFor(ExportScene.of(lab, options).area(), options.scale());
    }

    /** The scale actually used: the one asked for, unless the picture would be too large. */
    static double scaleFor(Rect area, int asked) {
        return scaleFor(area, asked, Runtime.getRuntime().maxMemory());
    }

    /**
     * As {@link #scaleFor(Rect, int)} with a heap of {@code maxHeapBytes}: a picture the heap
     * cannot hold is drawn smaller (and said so) rather than ending in an out-of-memory error.
     */
    static double scaleFor(Rect area, int asked, long maxHeapBytes) {
        double s = asked;
        double limit = Math.min(MAX_PIXELS, maxHeapBytes / (double) HEAP_BYTES_PER_PIXEL);
        double pixels = area.width() * area.height() * s * s;
        if (pixels > limit) {
            s = Math.sqrt(limit / (area.width() * area.height()));
        }
        double side = Math.max(area.width(), area.height()) * s;
        if (side > MAX_SIDE) {
            s *= MAX_SIDE / side;
        }
        return s;
    }
}
