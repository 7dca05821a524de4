package dev.vpclab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Pixel comparisons for the image tests. */
final class Images {
    private Images() {}

    /** Mean absolute difference per channel (0-255) of two images of the same size, on white. */
    static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("images of different sizes");
        }
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = onWhite(a.getRGB(x, y));
                int q = onWhite(b.getRGB(x, y));
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /**
     * The largest mean absolute difference of any {@code tile} x {@code tile} square: a missing
     * icon or label is small next to the whole picture but shows in its tile.
     */
    static double worstTileDifference(BufferedImage a, BufferedImage b, int tile) {
        double worst = 0;
        for (int ty = 0; ty < a.getHeight(); ty += tile) {
            for (int tx = 0; tx < a.getWidth(); tx += tile) {
                int w = Math.min(tile, a.getWidth() - tx);
                int h = Math.min(tile, a.getHeight() - ty);
                worst =
                        Math.max(
                                worst,
                                meanAbsoluteDifference(
                                        a.getSubimage(tx, ty, w, h), b.getSubimage(tx, ty, w, h)));
            }
        }
        return worst;
    }

    /** A pixel composited over white, so transparent and white compare equal. */
    private static int onWhite(int argb) {
        int alpha = (argb >>> 24) & 0xFF;
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (argb >> shift) & 0xFF;
            out |= ((c * alpha + 255 * (255 - alpha)) / 255) << shift;
        }
        return out;
    }

    /** A white image of the same size. */
    static BufferedImage blank(BufferedImage like) {
        BufferedImage img =
                new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }
}
