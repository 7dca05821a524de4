package dev.vpclab.export;

/**
 * The painter's CSS colours ({@code #RRGGBB}, or {@code #RRGGBBAA} with transparency) split into an
 * opaque colour and an opacity, as SVG and PDF want them.
 */
final class Colors {
    private Colors() {}

    /** The {@code #RRGGBB} part of a colour. */
    static String rgb(String css) {
        return css.length() == 9 ? css.substring(0, 7) : css;
    }

    /** The opacity, from 0 to 1: 1 unless the colour has an alpha byte. */
    static double alpha(String css) {
        if (css.length() == 9) {
            return Integer.parseInt(css.substring(7), 16) / 255.0;
        }
        return 1;
    }

    /** The colour as ARGB bits for Java2D. */
    static int argb(String css) {
        String hex = css.startsWith("#") ? css.substring(1) : css;
        if (hex.length() == 3) {
            hex =
                    ""
                            + hex.charAt(0)
                            + hex.charAt(0)
                            + hex.charAt(1)
                            + hex.charAt(1)
                            + hex.charAt(2)
                            + hex.charAt(2);
        }
        int rgb = Integer.parseInt(hex.substring(0, 6), 16);
        int a = hex.length() == 8 ? Integer.parseInt(hex.substring(6), 16) : 0xFF;
        return (a << 24) | rgb;
    }
}
