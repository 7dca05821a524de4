package dev.vpclab.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The windows the other desktop tests do not open (keyboard shortcuts, about, the Reachability
 * matrix, the teacher's script editor), in Korean under openbox: each draws its Hangul in a font
 * that has Hangul, lies inside the screen, leaves the main window where it was, and closes with
 * Esc.
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopSecondaryWindowsUiTest {
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

    private List<String> check(FxRobot robot, String name, Set<String> korean, Runnable open)
            throws Exception {
        Desktop.settle();
        double[] before = Desktop.bounds(app.stage);
        open.run();
        Stage s = Desktop.waitForDialog(app.stage, name);
        DesktopShots.screen("secondary-" + name);
        List<String> faults = new ArrayList<>();
        robot.interact(
                () -> {
                    int hangul = 0;
                    Set<String> seen = new TreeSet<>();
                    for (Node n : Desktop.allNodes(s.getScene().getRoot())) {
                        if (n instanceof Text t
                                && t.getText() != null
                                && HANGUL.matcher(t.getText()).find()
                                && Desktop.shown(t)) {
                            hangul++;
                            String family = t.getFont().getFamily();
                            if (!korean.contains(family) && seen.add(family)) {
                                faults.add(name + ": '" + t.getText() + "' in " + family);
                            }
                        }
                    }
                    if (hangul == 0) {
                        faults.add(name + ": shows no Korean text at all");
                    }
                });
        Rectangle2D screen = Desktop.screen();
        double[] d = Desktop.bounds(s);
        if (!screen.contains(d[0], d[1], d[2], d[3])) {
            faults.add(name + " lies outside the screen: " + Arrays.toString(d));
        }
        if (!Arrays.equals(before, Desktop.bounds(app.stage))) {
            faults.add(name + " moved or resized the main window");
        }
        robot.interact(s::requestFocus);
        robot.type(KeyCode.ESCAPE);
        Desktop.settle();
        if (s.isShowing()) {
            faults.add(name + " stays open after Esc");
        }
        Desktop.closeOthers(robot, app.stage);
        return faults;
    }

    @Test
    void secondaryWindowsShowKoreanInAHangulFontInsideTheScreenAndCloseWithEsc(FxRobot robot)
            throws Exception {
        Set<String> korean = koreanFamilies();
        assertThat(korean).as("fontconfig knows a Korean font").isNotEmpty();
        List<String> faults = new ArrayList<>();
        faults.addAll(
                check(
                        robot,
                        "shortcuts",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-help", "menu-shortcuts")));
        faults.addAll(
                check(
                        robot,
                        "about",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-help", "menu-about")));
        faults.addAll(
                check(
                        robot,
                        "reachability",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-view", "menu-reachability")));
        faults.addAll(
                check(
                        robot,
                        "script",
                        korean,
                        () -> Desktop.openMenu(robot, "menu-view", "menu-script")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(faults).as("secondary windows as a Korean reader sees them").isEmpty();
    }
}
