package dev.vpclab.app;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The font the app's windows use, by language. English is drawn in a Latin family (Noto Sans CJK
 * sets Latin text, and "…", on CJK metrics: the ellipsis sat mid-height in menus); Korean in a
 * family that has Hangul, so that nothing shows as tofu. JavaFX CSS takes one family only (no
 * comma-separated list), so the choice is made here, and glyphs a Latin family lacks (the language
 * menu's "한국어") come from JavaFX's own fallback fonts.
 */
public final class Fonts {
    private Fonts() {}

    /** Families that hold Korean as well as Latin glyphs, best first. */
    static final List<String> HANGUL_STACK =
            List.of(
                    "Noto Sans CJK KR",
                    "Noto Sans KR",
                    "NanumGothic",
                    "Nanum Gothic",
                    "Malgun Gothic",
                    "Apple SD Gothic Neo",
                    "UnDotum",
                    "Baekmuk Gulim");

    /** Latin families, best first: the ones Linux, Windows and macOS desktops ship. */
    static final List<String> LATIN_STACK =
            List.of(
                    "Noto Sans",
                    "DejaVu Sans",
                    "Liberation Sans",
                    "Cantarell",
                    "Segoe UI",
                    "Helvetica Neue",
                    "Arial");

    private static volatile Locale locale = Locale.ENGLISH;

    /** The language the next windows (and restyled ones) are drawn for. */
    public static void useLocale(Locale l) {
        locale = Objects.requireNonNull(l, "locale");
    }

    /** The family for the current language: Latin first, the Hangul family for Korean. */
    public static Optional<String> family() {
        return family(locale);
    }

    /** The family for {@code l}: the Hangul family for Korean, else a Latin one (else Hangul). */
    public static Optional<String> family(Locale l) {
        if (l.getLanguage().equals(Locale.KOREAN.getLanguage())) {
            return hangulFamily();
        }
        return latinFamily().or(Fonts::hangulFamily);
    }

    /** The first family of the Hangul stack installed here, if any. */
    public static Optional<String> hangulFamily() {
        // Asking for every installed family takes a while; the fonts do not change while running.
        if (hangul == null) {
            hangul = first(HANGUL_STACK);
        }
        return hangul;
    }

    static Optional<String> latinFamily() {
        if (latin == null) {
            latin = first(LATIN_STACK);
        }
        return latin;
    }

    private static Optional<String> first(List<String> stack) {
        if (installed == null) {
            installed = Font.getFamilies();
        }
        return stack.stream().filter(installed::contains).findFirst();
    }

    private static List<String> installed;
    private static Optional<String> hangul;
    private static Optional<String> latin;
}
