package dev.vpclab.export;

import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A 256-colour palette fitted to the picture: the most frequent colours of the still diagram and of
 * what the walk paints over it, so that flat fills keep their exact colour (no dithering); any
 * other colour (an anti-aliased edge) maps to its nearest entry.
 */
final class GifPalette {
    /** Entries kept for the colours the packet, the glow and the card add to the diagram. */
    private static final int OVERLAY_SLOTS = 64;

    private final int[] rgb;
    private final IndexColorModel model;
    private final Map<Integer, Byte> nearest = new HashMap<>();

    private GifPalette(int[] rgb) {
        this.rgb = rgb;
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < rgb.length; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        this.model = new IndexColorModel(8, 256, r, g, b);
        for (int i = 0; i < rgb.length; i++) {
            nearest.putIfAbsent(rgb[i] & 0xFFFFFF, (byte) i);
        }
    }

    /**
     * The palette of a diagram's pixels and of the pixels sample frames change.
     *
     * @param base the still diagram, RGB
     * @param overlays the changed pixels of a few sample frames, RGB
     */
    static GifPalette fit(int[] base, int[] overlays) {
        List<Integer> over = mostFrequent(count(overlays), OVERLAY_SLOTS);
        List<Integer> picked = new ArrayList<>(over);
        for (int c : mostFrequent(count(base), 256)) {
            if (picked.size() == 256) {
                break;
            }
            if (!picked.contains(c)) {
                picked.add(c);
            }
        }
        if (picked.isEmpty()) {
            picked.add(0xFFFFFF);
        }
        int[] rgb = new int[256];
        for (int i = 0; i < 256; i++) {
            rgb[i] = picked.get(Math.min(i, picked.size() - 1));
        }
        return new GifPalette(rgb);
    }

    private static Map<Integer, int[]> count(int[] pixels) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (int p : pixels) {
            counts.computeIfAbsent(p & 0xFFFFFF, k -> new int[1])[0]++;
        }
        return counts;
    }

    private static List<Integer> mostFrequent(Map<Integer, int[]> counts, int limit) {
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    IndexColorModel model() {
        return model;
    }

    /** The palette index of an RGB colour: its own entry, or the nearest one. */
    byte index(int argb) {
        int c = argb & 0xFFFFFF;
        Byte known = nearest.get(c);
        if (known != null) {
            return known;
        }
        int r = c >> 16;
        int g = (c >> 8) & 0xFF;
        int b = c & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < rgb.length; i++) {
            int dr = r - (rgb[i] >> 16 & 0xFF);
            int dg = g - (rgb[i] >> 8 & 0xFF);
            int db = b - (rgb[i] & 0xFF);
            // Weighted as the eye weighs the channels: green most, blue least.
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        nearest.put(c, (byte) best);
        return (byte) best;
    }
}
