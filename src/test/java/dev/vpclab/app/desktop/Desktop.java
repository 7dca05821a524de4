package dev.vpclab.app.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the desktop tests share: the screen, the window manager's pace, menus and windows. */
final class Desktop {
    private Desktop() {}

    /** Window-manager work (map, maximise, full screen) is asynchronous: give it time to land. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Rectangle2D screen() {
        return Screen.getPrimary().getBounds();
    }

    static double[] bounds(Window w) {
        return new double[] {w.getX(), w.getY(), w.getWidth(), w.getHeight()};
    }

    /** Opens a menu item the way a person does: the menu's title in the bar, then the item. */
    static void openMenu(FxRobot robot, String menuId, String itemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu menu =
                bar.getMenus().stream()
                        .filter(m -> menuId.equals(m.getId()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no menu " + menuId));
        robot.clickOn(menu.getText());
        robot.clickOn("#" + itemId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The showing stages other than {@code main}. */
    static List<Stage> otherStages(Stage main) {
        List<Stage> out = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof Stage s && s != main && s.isShowing()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * What a window's content needs to show uncut at the given width: its root's minimum width and
     * its preferred height at that width (capped at 90 % of the screen, where windows scroll).
     */
    static double[] contentNeeds(Window w, double width) throws Exception {
        return WaitForAsyncUtils.asyncFx(
                        () -> {
                            Parent root = w.getScene().getRoot();
                            Rectangle2D s = screen();
                            return new double[] {
                                Math.min(root.minWidth(-1), s.getWidth() * 0.9),
                                Math.min(root.prefHeight(width), s.getHeight() * 0.9)
                            };
                        })
                .get(5, TimeUnit.SECONDS);
    }

    /** Waits until a stage other than {@code main} shows, and returns it. */
    static Stage waitForDialog(Stage main, String what) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !otherStages(main).isEmpty());
        settle();
        Optional<Stage> s = otherStages(main).stream().findFirst();
        return s.orElseThrow(() -> new AssertionError(what + " did not open"));
    }

    static void closeOthers(FxRobot robot, Stage main) {
        robot.interact(() -> otherStages(main).forEach(Stage::close));
        settle();
    }

    /** Every node under {@code root}, depth first. */
    static List<Node> allNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** Visible with all its ancestors, in a showing window: what a person can see. */
    static boolean shown(Node n) {
        if (n.getScene() == null
                || n.getScene().getWindow() == null
                || !n.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }
}
