package dev.vpclab.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LayoutChecks;
import dev.vpclab.app.walk.WalkDock;
import dev.vpclab.walk.Event;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
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
 * The packet walk on a real desktop (GTK glass, Xvfb 1920x1080, openbox): cards as a person reads
 * them while stepping, and presentation mode as the projector shows it. CSS, fonts and full screen
 * here are the real ones, which Monocle does not reproduce.
 */
@Tag("desktop")
@ExtendWith(ApplicationExtension.class)
class DesktopWalkUiTest {
    private final DesktopWindow app = new DesktopWindow("en");

    @Start
    void start(Stage stage) {
        app.open(stage);
    }

    @AfterEach
    void leave(FxRobot robot) throws Exception {
        if (app.session.window().walk().presentation().isActive()) {
            robot.interact(() -> app.session.window().walk().presentation().leave());
        }
        Desktop.closeOthers(robot, app.stage);
        app.forget();
    }

    private WalkDock walk() {
        return app.session.window().walk();
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> events(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(TableView.class);
    }

    private void selectFlow(FxRobot robot, int i) {
        ListView<?> list = robot.lookup("#flow-list").queryAs(ListView.class);
        robot.clickOn(
                list.lookupAll(".list-cell").stream()
                        .filter(n -> ((ListCell<?>) n).getIndex() == i)
                        .findFirst()
                        .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The card's faults a person would see: cut text, text outside the card, card off screen. */
    private List<String> cardFaults(FxRobot robot, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> faults = new ArrayList<>();
        // The card is the box around the shown "#card-title" label.
        VBox card =
                robot.lookup("#card-title")
                        .match(Desktop::shown)
                        .tryQuery()
                        .map(n -> (VBox) n.getParent())
                        .orElse(null);
        Pane overlay = robot.lookup("#walk-overlay").queryAs(Pane.class);
        if (card == null) {
            faults.add(when + ": no card shown");
            return faults;
        }
        for (String f : LayoutChecks.truncatedLabels(card)) {
            faults.add(when + ": " + f);
        }
        if (!LayoutChecks.inside(card, overlay)) {
            faults.add(when + ": the card is clipped by the canvas edge");
        }
        Bounds b = card.localToScreen(card.getLayoutBounds());
        if (b == null
                || !Desktop.screen()
                        .contains(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())) {
            faults.add(when + ": the card is off screen: " + b);
        }
        return faults;
    }

    private void keepFirst(List<String> all, List<String> now, String shot) {
        if (!now.isEmpty() && all.isEmpty()) {
            DesktopShots.screen(shot);
        }
        all.addAll(now);
    }

    @Test
    void everyHopCardShowsAllItsTextWhetherSteppedOrClicked(FxRobot robot) {
        Desktop.settle();
        List<String> faults = new ArrayList<>();
        for (int flow = 0; flow < 2; flow++) {
            selectFlow(robot, flow);
            TableView<Event> events = events(robot);
            int hops = events.getItems().size();
            robot.clickOn(events).type(KeyCode.HOME);
            keepFirst(faults, cardFaults(robot, "flow " + flow + " Home"), "walk-card-fault");
            if (flow == 0) {
                DesktopShots.screen("walk-first-hop");
            }
            for (int i = 1; i < hops; i++) {
                robot.type(KeyCode.RIGHT);
                keepFirst(
                        faults,
                        cardFaults(robot, "flow " + flow + " Right to " + i),
                        "walk-card-fault");
            }
            for (int i = 0; i < 2 && hops > 2; i++) {
                robot.type(KeyCode.LEFT);
                keepFirst(
                        faults,
                        cardFaults(robot, "flow " + flow + " Left " + i),
                        "walk-card-fault");
            }
            for (int row = 0; row < hops; row += Math.max(1, hops / 4)) {
                int r = row;
                // A person scrolls the list to the row first; only shown rows can be clicked.
                robot.interact(() -> events.scrollTo(r));
                robot.clickOn(
                        robot.lookup("#event-list .table-row-cell")
                                .match(n -> ((TableRow<?>) n).getIndex() == r)
                                .<Node>query());
                keepFirst(
                        faults,
                        cardFaults(robot, "flow " + flow + " clicked row " + r),
                        "walk-card-fault");
            }
        }
        DesktopShots.screen("walk-last-card");
        DesktopShots.scene(robot, app.stage.getScene(), "walk-last-card-scene");
        assertThat(faults).as("hop cards as a person reads them").isEmpty();
    }

    @Test
    void thePlayerStripShowsEveryControlAndTheTimeWithoutAnOverflowMenu(FxRobot robot) {
        Desktop.settle();
        selectFlow(robot, 1);
        robot.clickOn(events(robot)).type(KeyCode.END);
        Desktop.settle();
        DesktopShots.screen("player-strip");
        // A tool bar too narrow for its items takes the last ones out of the scene into its menu.
        Node time =
                robot.lookup("#walk-time")
                        .tryQuery()
                        .orElseThrow(() -> new AssertionError("the walk's time is in the >> menu"));
        assertThat(Desktop.shown(time)).as("the walk's time is on screen").isTrue();
        assertThat(((javafx.scene.control.Label) time).getText()).endsWith(" s");
        assertThat(robot.lookup(".tool-bar-overflow-button").match(Desktop::shown).tryQuery())
                .as("the player strip hides controls behind a >> menu")
                .isEmpty();
    }

    @Test
    void presentationShowsOnlyTheDiagramOnMostOfTheScreen(FxRobot robot) {
        Desktop.settle();
        selectFlow(robot, 0);
        robot.clickOn(events(robot)).type(KeyCode.HOME);
        robot.type(KeyCode.F5);
        Desktop.settle();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        Desktop.settle();
        DesktopShots.screen("presentation");
        assertThat(walk().presentation().isActive()).isTrue();

        // Everything but the diagram is gone from the screen.
        List<String> showing = new ArrayList<>();
        for (String chrome :
                new String[] {
                    ".menu-bar", ".tool-bar", "#problems", "#minimap", "#status", "#palette"
                }) {
            if (robot.lookup(chrome).match(Desktop::shown).tryQuery().isPresent()) {
                showing.add(chrome);
            }
        }
        assertThat(showing).as("window chrome still on screen in presentation mode").isEmpty();

        // The diagram covers at least 85 % of the physical screen.
        Node diagram = robot.lookup("#diagram").query();
        Bounds d = diagram.localToScreen(diagram.getLayoutBounds());
        Rectangle2D screen = Desktop.screen();
        double w =
                Math.min(d.getMaxX(), screen.getMaxX()) - Math.max(d.getMinX(), screen.getMinX());
        double h =
                Math.min(d.getMaxY(), screen.getMaxY()) - Math.max(d.getMinY(), screen.getMinY());
        double covered = Math.max(0, w) * Math.max(0, h) / (screen.getWidth() * screen.getHeight());
        assertThat(covered)
                .as(
                        "share of the %sx%s screen the diagram covers (diagram %s)",
                        screen.getWidth(), screen.getHeight(), d)
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theVerdictBannerCoversNoComponentAndNeverTheLastHop(FxRobot robot) {
        Desktop.settle();
        List<String> faults = new ArrayList<>();
        for (int flow = 0; flow < 2; flow++) {
            selectFlow(robot, flow);
            int hops = events(robot).getItems().size();
            robot.clickOn(events(robot)).type(KeyCode.HOME);
            robot.type(KeyCode.F5);
            Desktop.settle();
            for (int i = 1; i < hops; i++) {
                robot.type(KeyCode.RIGHT);
            }
            Desktop.settle();
            DesktopShots.screen("presentation-verdict-" + flow);
            Node banner = robot.lookup("#walk-verdict").query();
            assertThat(Desktop.shown(banner))
                    .as("verdict shown at the end of flow " + flow)
                    .isTrue();
            Bounds b = banner.localToScreen(banner.getLayoutBounds());
            var diagram = app.session.window().viewModel().diagram();
            String last = walk().player().frame().orElseThrow().highlightedComponent();
            for (var e : diagram.boxes().entrySet()) {
                String id = e.getKey();
                boolean frame =
                        diagram.isFrame(id)
                                || dev.vpclab.edit.Containment.isContainer(
                                        diagram.lab().component(id).orElseThrow().kind());
                if (frame && !id.equals(last)) {
                    continue;
                }
                dev.vpclab.edit.Rect r = e.getValue();
                javafx.geometry.Point2D a =
                        app.session
                                .window()
                                .canvas()
                                .toScreen(new dev.vpclab.edit.Point(r.x(), r.y()));
                javafx.geometry.Point2D z =
                        app.session
                                .window()
                                .canvas()
                                .toScreen(new dev.vpclab.edit.Point(r.maxX(), r.maxY()));
                if (b.intersects(a.getX(), a.getY(), z.getX() - a.getX(), z.getY() - a.getY())) {
                    faults.add(
                            "flow "
                                    + flow
                                    + ": the verdict covers "
                                    + id
                                    + (id.equals(last) ? " (the last hop)" : ""));
                }
            }
            robot.type(KeyCode.ESCAPE);
            Desktop.settle();
        }
        assertThat(faults).as("what the verdict banner hides").isEmpty();
    }
}
