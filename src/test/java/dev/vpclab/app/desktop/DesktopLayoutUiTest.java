package dev.vpclab.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LayoutChecks;
import dev.vpclab.walk.Event;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
 * The main window maximised on 1920x1080 as a person first sees it: the canvas is the main thing,
 * and the flows dock beside it (flow names, tabs, the event list) reads whole, in English and in
 * Korean.
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopLayoutUiTest {
    private final DesktopWindow app = new DesktopWindow("en");

    @Start
    void start(Stage stage) {
        app.open(stage);
    }

    @AfterEach
    void leave(FxRobot robot) throws Exception {
        Desktop.closeOthers(robot, app.stage);
        app.forget();
    }

    @Test
    void theCanvasTakesMostOfTheWidthOfAMaximisedWindow(FxRobot robot) {
        Desktop.settle();
        Node canvas = app.session.window().canvas();
        double share = canvas.getLayoutBounds().getWidth() / app.stage.getWidth();
        DesktopShots.screen("layout-maximised");
        assertThat(app.stage.getWidth()).as("maximised").isGreaterThan(1900);
        assertThat(share).as("share of the window's width the canvas takes").isGreaterThan(0.55);
    }

    @Test
    void theFlowsAndEveryEventOfAFlowReadWholeInTheDock(FxRobot robot) {
        Desktop.settle();
        ListView<?> list = robot.lookup("#flow-list").queryAs(ListView.class);
        robot.clickOn(
                list.lookupAll(".list-cell").stream()
                        .filter(n -> ((ListCell<?>) n).getIndex() == 1)
                        .findFirst()
                        .orElseThrow());
        Desktop.settle();
        @SuppressWarnings("unchecked")
        TableView<Event> events = robot.lookup("#event-list").queryAs(TableView.class);
        assertThat(events.getItems()).isNotEmpty();
        List<String> faults = new ArrayList<>();
        for (int row = 0; row < events.getItems().size(); row += 3) {
            int r = row;
            robot.interact(() -> events.scrollTo(r));
            WaitForAsyncUtils.waitForFxEvents();
            faults.addAll(cutCells(events));
        }
        faults.addAll(cutTexts(list, "flow name"));
        // Each tab as a person opens it: its header and its content read whole.
        TabPane tabs = robot.lookup("#walk-tabs").queryAs(TabPane.class);
        for (Tab tab : tabs.getTabs()) {
            robot.clickOn(tabs.lookup("#" + tab.getId() + " .tab-label"));
            Desktop.settle();
            faults.addAll(LayoutChecks.truncatedLabels((Parent) tab.getContent()));
            faults.addAll(LayoutChecks.truncatedLabels((Parent) tabs.lookup(".tab-header-area")));
            DesktopShots.screen("layout-tab-" + tab.getId());
        }
        robot.clickOn(tabs.lookup("#tab-events .tab-label"));
        for (Node n : events.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b
                    && b.getOrientation() == Orientation.HORIZONTAL
                    && b.isVisible()) {
                faults.add("the event list scrolls sideways");
            }
        }
        DesktopShots.screen("layout-events");
        faults.removeIf(f -> f.startsWith("'' ")); // an empty label shows nothing to cut
        assertThat(faults).as("cut text in the flows dock").isEmpty();
    }

    /** Cells of the event list whose text is cut: an ellipsis, or text beyond the cell. */
    private static List<String> cutCells(TableView<Event> events) {
        List<String> faults = new ArrayList<>();
        for (Node n : events.lookupAll(".table-cell")) {
            if (!(n instanceof TableCell<?, ?> cell) || cell.isEmpty() || !cell.isVisible()) {
                continue;
            }
            if (cell.getText() != null) {
                Node inner = cell.lookup(".text");
                String shown = inner instanceof Text t ? t.getText() : null;
                if (!cell.getText().equals(shown)) {
                    faults.add("cell '" + cell.getText() + "' shows '" + shown + "'");
                }
            }
            faults.addAll(cutTexts(cell, "cell"));
        }
        return faults;
    }

    /** Text nodes under {@code root} that lie partly outside their cell. */
    private static List<String> cutTexts(Parent root, String what) {
        List<String> faults = new ArrayList<>();
        for (Node n : root.lookupAll("Text")) {
            if (!(n instanceof Text t) || t.getText() == null || t.getText().isEmpty()) {
                continue;
            }
            Parent cell = t.getParent();
            while (cell != null && !(cell instanceof javafx.scene.control.IndexedCell)) {
                cell = cell.getParent();
            }
            if (cell == null || !cell.isVisible()) {
                continue;
            }
            Bounds b = t.localToScene(t.getLayoutBounds());
            Bounds c = cell.localToScene(cell.getLayoutBounds());
            if (b.getMaxX() > c.getMaxX() + 1 || b.getMaxY() > c.getMaxY() + 1) {
                faults.add(what + " '" + t.getText() + "' runs out of its row");
            }
        }
        return faults;
    }

    /** The widths of the palette, inspector and dock, and the problems pane's height. */
    private double[] columns() {
        var centre = app.session.window().centreSplit().getItems();
        var vertical = app.session.window().verticalSplit().getItems();
        return new double[] {
            centre.get(0).getLayoutBounds().getWidth(),
            centre.get(2).getLayoutBounds().getWidth(),
            centre.get(3).getLayoutBounds().getWidth(),
            vertical.get(1).getLayoutBounds().getHeight()
        };
    }

    @Test
    void leavingPresentationPutsTheColumnsBackAsTheyWere(FxRobot robot) {
        Desktop.settle();
        robot.interact(() -> app.stage.setMaximized(false));
        Desktop.settle();
        robot.interact(
                () -> {
                    app.stage.setWidth(1630);
                    app.stage.setHeight(893);
                    app.stage.setX(145);
                    app.stage.setY(93);
                });
        Desktop.settle();
        double[] before = columns();
        robot.clickOn("#status-counts").type(javafx.scene.input.KeyCode.F5);
        Desktop.settle();
        assertThat(app.session.window().walk().presentation().isActive()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        Desktop.settle();
        Desktop.settle();
        DesktopShots.screen("layout-after-presentation");
        double[] after = columns();
        assertThat(after)
                .as(
                        "palette, inspector, dock widths and problems height before %s",
                        java.util.Arrays.toString(before))
                .containsExactly(before, org.assertj.core.api.Assertions.within(4.0));
    }
}
