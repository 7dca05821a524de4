package dev.vpclab.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * Takes the animation's frames one at a time and writes each as the rectangle that changed since
 * the previous one; a frame identical to the previous one only lengthens that one's delay. Holds
 * one previous frame and one pending rectangle, whatever the animation's length.
 */
final class GifFrameSink {
    /** The longest delay a GIF frame can carry, in hundredths of a second. */
    private static final int MAX_DELAY = 65_535;

    private final ImageWriter writer;
    private final GifPalette palette;
    private final int width;
    private final int height;
    private final int[] previous;
    private boolean first = true;
    private boolean started;
    private BufferedImage pending;
    private int pendingX;
    private int pendingY;
    private int pendingDelay;
    private int written;

    GifFrameSink(ImageWriter writer, GifPalette palette, int width, int height) {
        this.writer = writer;
        this.palette = palette;
        this.width = width;
        this.height = height;
        this.previous = new int[width * height];
    }

    /** Adds a full-size RGB frame shown for {@code delay} hundredths of a second. */
    void add(BufferedImage frame, int delay) throws IOException {
        int[] now = GifExporter.pixels(frame);
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        if (!started) {
            minX = 0;
            minY = 0;
            maxX = width - 1;
            maxY = height - 1;
            started = true;
        } else {
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    if (now[row + x] != previous[row + x]) {
                        if (x < minX) minX = x;
                        if (x > maxX) maxX = x;
                        if (y < minY) minY = y;
                        maxY = y;
                    }
                }
            }
        }
        if (maxX < 0) {
            pendingDelay = Math.min(MAX_DELAY, pendingDelay + delay);
            return;
        }
        flush();
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        BufferedImage part =
                new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette.model());
        byte[] indices = ((DataBufferByte) part.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int from = (minY + y) * width + minX;
            for (int x = 0; x < w; x++) {
                indices[y * w + x] = palette.index(now[from + x]);
            }
            System.arraycopy(now, from, previous, from, w);
        }
        pending = part;
        pendingX = minX;
        pendingY = minY;
        pendingDelay = delay;
    }

    /** Writes the last pending frame. */
    void finish() throws IOException {
        flush();
    }

    /** How many GIF frames have been written. */
    int written() {
        return written;
    }

    private void flush() throws IOException {
        if (pending == null) {
            return;
        }
        IIOMetadata metadata =
                writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(pending), null);
        GifExporter.configure(metadata, pendingDelay, first);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode descriptor = GifExporter.child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(pendingX));
        descriptor.setAttribute("imageTopPosition", Integer.toString(pendingY));
        descriptor.setAttribute("imageWidth", Integer.toString(pending.getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(pending.getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        // The fitted palette, given explicitly: left to itself the writer may use its own table.
        IIOMetadataNode table = GifExporter.child(root, "LocalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfLocalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        java.awt.image.IndexColorModel model = palette.model();
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(model.getRed(i)));
            entry.setAttribute("green", Integer.toString(model.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
            table.appendChild(entry);
        }
        metadata.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(pending, null, metadata), null);
        first = false;
        pending = null;
        written++;
    }
}
