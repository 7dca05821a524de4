package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard shortcuts lists every key the menus answer to, and presentation mode's keys. */
class ShortcutsUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private Optional<Window> other() {
        return Window.getWindows().stream()
                .filter(w -> w != app.stage() && w.isShowing() && w instanceof Stage)
                .findFirst();
    }

    @Test
    void theWindowListsEveryMenuShortcutAndThePresentationKeys(FxRobot robot) throws Exception {
        List<String> accelerators = new ArrayList<>();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        bar.getMenus().forEach(m -> accelerators(m, accelerators));
        assertThat(accelerators).contains("F5");

        robot.clickOn("#menu-help").clickOn("#menu-shortcuts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window w = other().orElseThrow();
        String shown = String.join("\n", texts(w.getScene().getRoot()));
        for (String a : accelerators) {
            assertThat(shown).as("the window lists %s", a).contains(a);
        }
        assertThat(shown)
                .contains(
                        "Leave presentation mode",
                        "Previous or next flow",
                        "Quiz on or off",
                        "Next hop",
                        "Home");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !w.isShowing());
    }

    @Test
    void inKoreanEveryLineIsKorean(FxRobot robot) throws Exception {
        robot.interact(() -> ShortcutsWindow.show(app.stage(), new AppText(Locale.KOREAN)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        Window w = other().orElseThrow();
        List<String> actions = new ArrayList<>();
        for (ShortcutsWindow.Section s : ShortcutsWindow.SECTIONS) {
            s.rows().forEach(r -> actions.add(new AppText(Locale.KOREAN).get(r.action())));
        }
        assertThat(texts(w.getScene().getRoot())).containsAll(actions);
        assertThat(actions)
                .allSatisfy(
                        a ->
                                assertThat(a.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3))
                                        .as(a)
                                        .isTrue());
        robot.interact(() -> ((Stage) w).close());
    }

    private static void accelerators(MenuItem item, List<String> out) {
        if (item.getAccelerator() != null && item.isVisible()) {
            out.add(item.getAccelerator().getDisplayText());
        }
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> accelerators(i, out));
        }
    }

    private static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            out.addAll(texts(s.getContent()));
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
