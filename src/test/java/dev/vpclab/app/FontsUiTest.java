package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9: English is drawn in a Latin family, Korean in the Hangul one. English set in Noto Sans
 * CJK KR drew the menus' "…" at mid-height; switching to Korean must still give Hangul glyphs.
 */
class FontsUiTest {
    @RegisterExtension
    static final LabWindow app =
            LabWindow.onDefaultLab().preferencesForTheClass().withPreference("language", "en");

    private static List<Labeled> labels(Parent root) {
        List<Labeled> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Labeled> out) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static MenuItem languageItem(String language) {
        MenuBar bar = (MenuBar) app.stage().getScene().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof Menu sub && "menu-language".equals(sub.getId())) {
                    return sub.getItems().stream()
                            .filter(x -> ("language-" + language).equals(x.getId()))
                            .findFirst()
                            .orElseThrow();
                }
            }
        }
        throw new AssertionError("no language menu");
    }

    @Test
    void englishIsDrawnInALatinFamilyAndKoreanInTheHangulOne() throws Exception {
        String latin = Fonts.latinFamily().orElseThrow();
        String hangul = Fonts.hangulFamily().orElseThrow();
        assertThat(latin).doesNotContain("CJK");

        List<Labeled> english = labels(app.stage().getScene().getRoot());
        assertThat(english).isNotEmpty();
        assertThat(english).allSatisfy(l -> assertThat(l.getFont().getFamily()).isEqualTo(latin));
        // The language menu names Korean in its own script, in a family that has it.
        assertThat(languageItem("ko").getStyle()).contains(hangul);

        WaitForAsyncUtils.asyncFx(
                        () -> {
                            MainWindow w = app.session().window();
                            w.viewModel().setText(new AppText(Locale.KOREAN));
                            w.languageChanged();
                        })
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        List<Labeled> korean = labels(app.stage().getScene().getRoot());
        assertThat(korean).isNotEmpty();
        assertThat(korean).allSatisfy(l -> assertThat(l.getFont().getFamily()).isEqualTo(hangul));
        assertThat(Windows.stylesheets()).isEqualTo(app.stage().getScene().getStylesheets());
    }
}
