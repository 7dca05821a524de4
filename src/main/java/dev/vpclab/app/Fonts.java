package dev.vpclab.app;

import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/** The font the window uses: the first installed family of a stack that has Hangul. */
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

    /** The first family of the stack installed here, if any. */
    public static Optional<String> hangulFamily() {
        // Asking for every installed family takes a while; the fonts do not change while running.
        if (chosen == null) {
            List<String> installed = Font.getFamilies();
            chosen = HANGUL_STACK.stream().filter(installed::contains).findFirst();
        }
        return chosen;
    }

    private static Optional<String> chosen;
}
