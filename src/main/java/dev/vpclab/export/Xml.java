package dev.vpclab.export;

/** Escaping of text for XML attributes and content, and compact numbers for coordinates. */
final class Xml {
    private Xml() {}

    /**
     * Appends {@code text} escaped for XML content or a double-quoted attribute. Characters XML 1.0
     * forbids (most control characters) are dropped: a lab's text comes from users and must never
     * make the file unreadable.
     */
    static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    static String escape(String text) {
        return escape(new StringBuilder(text.length() + 8), text).toString();
    }

    /**
     * Appends a coordinate with at most two decimals and no exponent. {@code String.format} would
     * be five times slower, which shows on a diagram of thousands of shapes.
     */
    static StringBuilder number(StringBuilder out, double v) {
        if (!Double.isFinite(v)) {
            return out.append('0');
        }
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            out.append('.');
            if (frac < 10) {
                out.append('0').append(frac);
            } else {
                out.append(frac % 10 == 0 ? frac / 10 : frac);
            }
        }
        return out;
    }
}
