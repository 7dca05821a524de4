package dev.vpclab.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Korean in every window: each Stage the app opens must draw its Hangul with a font that has Hangul
 * glyphs, or a person sees tofu boxes.
 *
 * <p>The check: every {@link Text} node with Hangul in it (a label's text is drawn by one) is drawn
 * in a font whose family fontconfig lists for Korean ({@code fc-list :lang=ko family}, the families
 * that cover the Korean orthography on this machine). This is what decides it: JavaFX draws a Text
 * in its resolved font, and a family without Hangul (DejaVu, the "System" font of a window that
 * never got the app's font set-up) shows boxes. It does not depend on pixels or on a particular
 * font's metrics.
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopKoreanUiTest {
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private final DesktopWindow app = new DesktopWindow("ko");

    @Start
    void start(Stage stage) {
        app.open(stage);
    }

    @AfterEach
    void leave(FxRobot robot) throws Exception {
        Desktop.closeOthers(robot, app.stage);
        app.forget();
    }

    /** The font families installed here that can display Korean, as fontconfig reports them. */
    private static Set<String> koreanFamilies() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("fc-list", ":lang=ko", "family").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        Set<String> families = new TreeSet<>();
        for (String line : out.split("\n")) {
            for (String f : line.split(",")) {
                if (!f.isBlank()) {
                    families.add(f.strip());
                }
            }
        }
        return families;
    }

    /** The Hangul texts of {@code stage} drawn in a font without Hangul. */
    private static List<String> tofu(Stage stage, String name, Set<String> korean) {
        List<String> faults = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int hangul = 0;
        for (Node n : Desktop.allNodes(stage.getScene().getRoot())) {
            if (n instanceof Text t
                    && t.getText() != null
                    && HANGUL.matcher(t.getText()).find()
                    && Desktop.shown(t)) {
                hangul++;
                String family = t.getFont().getFamily();
                if (!korean.contains(family) && seen.add(family)) {
                    faults.add(name + ": '" + t.getText() + "' in " + t.getFont().getName());
                }
            }
        }
        if (hangul == 0) {
            faults.add(name + ": shows no Korean text at all");
        }
        return faults;
    }

    private List<String> dialog(FxRobot robot, String name, Set<String> korean, Runnable open)
            throws Exception {
        open.run();
        Stage s = Desktop.waitForDialog(app.stage, name);
        DesktopShots.screen("korean-" + name);
        DesktopShots.scene(robot, s.getScene(), "korean-" + name + "-scene");
        List<String> faults = new ArrayList<>();
        robot.interact(() -> faults.addAll(tofu(s, name, korean)));
        Desktop.closeOthers(robot, app.stage);
        return faults;
    }

    @Test
    void everyWindowDrawsItsHangulInAFontThatHasHangul(FxRobot robot) throws Exception {
        Set<String> korean = koreanFamilies();
        assertThat(korean)
                .as("fontconfig knows a Korean font (install fonts-noto-cjk)")
                .isNotEmpty();
        Desktop.settle();
        DesktopShots.screen("korean-main");
        List<String> faults = new ArrayList<>();
        robot.interact(() -> faults.addAll(tofu(app.stage, "main window", korean)));
        faults.addAll(
                dialog(
                        robot,
                        "export",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-file", "menu-export")));
        faults.addAll(dialog(robot, "new-flow", korean, () -> robot.clickOn("#flow-new")));
        faults.addAll(
                dialog(
                        robot,
                        "challenges",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-study", "menu-challenges")));
        faults.addAll(
                dialog(
                        robot,
                        "comparison",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-study", "menu-comparison")));
        assertThat(faults)
                .as("Hangul drawn in fonts without Hangul (Korean families: %s)", korean)
                .isEmpty();
    }
}
