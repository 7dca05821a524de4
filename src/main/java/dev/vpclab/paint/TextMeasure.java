package dev.vpclab.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a line of text is, in lab units, in the font a surface draws it in. The painter lays out
 * labels, headers and the legend with it, so that a Korean id (whose glyphs are about twice as wide
 * as Latin ones) gets the room it needs instead of the room a character count guesses.
 */
@FunctionalInterface
public interface TextMeasure {
    /** The advance width of {@code text} at {@code size}, bold or not. */
    double width(String text, double size, boolean bold);

    /** The ellipsis an elided label ends with. */
    String ELLIPSIS = "…";

    /**
     * A measure for when no font is at hand (a test, a headless count): average advances of a
     * sans-serif face, Hangul and other wide scripts at a full em.
     */
    static TextMeasure estimate() {
        return (text, size, bold) -> {
            double em = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                em += wide(cp) ? 1.0 : cp == ' ' ? 0.28 : Character.isUpperCase(cp) ? 0.66 : 0.56;
            }
            return em * size * (bold ? 1.06 : 1.0);
        };
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * {@code text} if it fits in {@code maxWidth}, else its longest start that fits followed by "…"
     * (just "…" when not even one character fits).
     */
    default String elide(String text, double size, boolean bold, double maxWidth) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        // Binary search on the number of code points kept: widths grow with the prefix.
        int[] cps = text.codePoints().toArray();
        int lo = 0;
        int hi = cps.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(new String(cps, 0, mid) + ELLIPSIS, size, bold) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new String(cps, 0, lo).stripTrailing() + ELLIPSIS;
    }

    /**
     * {@code text} broken into lines no wider than {@code maxWidth}: at spaces where it can, inside
     * a word only when the word alone is too wide. Nothing is left out.
     */
    default List<String> wrap(String text, double size, boolean bold, double maxWidth) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            // A word wider than a line: cut it where it fills the line.
            String rest = word;
            while (width(rest, size, bold) > maxWidth
                    && rest.codePointCount(0, rest.length()) > 1) {
                int[] cps = rest.codePoints().toArray();
                int n = 1;
                while (n < cps.length && width(new String(cps, 0, n + 1), size, bold) <= maxWidth) {
                    n++;
                }
                out.add(new String(cps, 0, n));
                rest = new String(cps, n, cps.length - n);
            }
            line.append(rest);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
