package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.walk.Event;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The packet walk in the real window, headless, with the mouse and the keyboard. */
class WalkUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private WalkDock walk() {
        return app.session().window().walk();
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> events(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(TableView.class);
    }

    private VBox card(FxRobot robot) {
        return walk().overlay().cardNode().orElseThrow(() -> new AssertionError("no card shown"));
    }

    private String cardTitle(FxRobot robot) {
        return ((Label) card(robot).lookup("#card-title")).getText();
    }

    private String badge(FxRobot robot, int i) {
        return robot.lookup("#flow-badge-" + i).queryAs(Label.class).getText();
    }

    private void selectFlow(FxRobot robot, int i) {
        ListView<?> list = robot.lookup("#flow-list").queryAs(ListView.class);
        robot.clickOn(
                list.lookupAll(".list-cell").stream()
                        .filter(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == i)
                        .findFirst()
                        .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectAFlowAndStepThroughItsHopsWithTheKeyboard(FxRobot robot) {
        assertThat(badge(robot, 0)).isEqualTo("reachable");
        selectFlow(robot, 0);
        TableView<Event> events = events(robot);
        assertThat(events.getItems()).hasSizeGreaterThan(4);
        assertThat(events.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(cardTitle(robot)).isEqualTo("i-app");

        robot.clickOn(events).type(KeyCode.HOME);
        for (int i = 1; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
            assertThat(events.getSelectionModel().getSelectedIndex()).isEqualTo(i);
            assertThat(cardTitle(robot)).isEqualTo(events.getItems().get(i).component());
        }
        robot.type(KeyCode.LEFT);
        assertThat(events.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(walk().player().isPlaying()).isFalse();
        robot.type(KeyCode.SPACE);
        assertThat(walk().player().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(walk().player().isPlaying()).isFalse();

        // The route table's card shows the winning route to the S3 prefix list.
        int table =
                events.getItems().stream()
                        .filter(e -> e.component().equals("rt-app"))
                        .findFirst()
                        .orElseThrow()
                        .index();
        // A person scrolls the list to the row first (rows wrap their text and are tall).
        robot.interact(() -> events.scrollTo(table));
        robot.clickOn(
                robot.lookup("#event-list .table-row-cell")
                        .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == table)
                        .<javafx.scene.Node>query());
        assertThat(walk().player().hopIndex()).isEqualTo(table);
        assertThat(cardTitle(robot)).isEqualTo("rt-app");
        assertThat(
                        card(robot).lookupAll("Text").stream()
                                .map(n -> ((javafx.scene.text.Text) n).getText())
                                .anyMatch(s -> s.contains("pl-s3-use1")))
                .isTrue();
        // Each route reads destination → target, with a real arrow at the projector.
        String route = ((javafx.scene.text.Text) card(robot).lookup("#card-route-0")).getText();
        assertThat(route).contains(" \u2192 ").doesNotContain("->");
        // So does the event list's row of the route table.
        String row =
                robot
                        .lookup("#event-list .table-row-cell")
                        .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == table)
                        .<javafx.scene.Node>query()
                        .lookupAll("Text")
                        .stream()
                        .map(n -> ((javafx.scene.text.Text) n).getText())
                        .reduce("", (a, b) -> a + "\n" + b);
        assertThat(row).contains("rt-app", " \u2192 ").doesNotContain("->");
    }

    @Test
    void aBlockedFlowShowsTheBlockedCardAndApplyFixMakesItReachableUndoably(FxRobot robot) {
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .apply(DefaultLab.deleteS3Route(app.session().viewModel().lab())));
        assertThat(badge(robot, 0)).isEqualTo("blocked");
        assertThat(robot.lookup("#flow-changed-0").tryQuery()).isPresent();
        selectFlow(robot, 0);
        TableView<Event> events = events(robot);
        Event last = events.getItems().get(events.getItems().size() - 1);
        assertThat(last.blocked()).isTrue();

        robot.clickOn(events).type(KeyCode.HOME);
        for (int i = 1; i < events.getItems().size(); i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertThat(walk().player().frame().orElseThrow().dropped()).isTrue();
        VBox card = card(robot);
        Label reason = (Label) card.lookup("#card-reason");
        assertThat(reason.getText())
                .startsWith("Blocked: No route in rt-app matches")
                .doesNotContain("NO_ROUTE_TO_DESTINATION");
        // The Reachability Analyzer code once, small; no raw "Decided by" or "none" line.
        Label code = (Label) card.lookup("#card-code");
        assertThat(code.getText()).isEqualTo("Reachability Analyzer: NO_ROUTE_TO_DESTINATION");
        assertThat(code.getFont().getSize()).isLessThan(reason.getFont().getSize());
        assertThat(
                        card.lookupAll(".label").stream()
                                .map(n -> ((Label) n).getText())
                                .filter(
                                        s ->
                                                s.contains("Decided by")
                                                        || s.equals("none")
                                                        || s.contains("NO_ROUTE_TO_DESTINATION")))
                .containsExactly("Reachability Analyzer: NO_ROUTE_TO_DESTINATION");
        assertThat(((Label) card.lookup("#card-fix")).getText()).startsWith("Fix: ");

        robot.clickOn("#apply-fix");
        assertThat(badge(robot, 0)).isEqualTo("reachable");
        assertThat(walk().flows().badges().get(0).reachable()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge(robot, 0)).isEqualTo("blocked");
    }

    @Test
    void everyCardShowsAllItsTextWhetherSteppedClickedOrInPresentation(FxRobot robot) {
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .apply(DefaultLab.deleteS3Route(app.session().viewModel().lab())));
        selectFlow(robot, 0);
        TableView<Event> events = events(robot);
        robot.clickOn(events).type(KeyCode.HOME);
        for (int i = 0; i < events.getItems().size(); i++) {
            assertCardWhole("step " + i);
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertCardWhole("back");
        int last = events.getItems().size() - 1;
        robot.interact(() -> events.scrollTo(last));
        robot.clickOn(
                robot.lookup("#event-list .table-row-cell")
                        .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == last)
                        .<javafx.scene.Node>query());
        assertCardWhole("clicked");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.HOME);
        for (int i = 0; i < events.getItems().size(); i++) {
            assertCardWhole("presentation step " + i);
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.ESCAPE);
    }

    /** Visible with all its ancestors, in a scene: what a person can see. */
    private static boolean shown(javafx.scene.Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void assertCardWhole(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        VBox card = walk().overlay().cardNode().orElseThrow(() -> new AssertionError(when));
        assertThat(dev.vpclab.app.LayoutChecks.truncatedLabels(card)).as(when).isEmpty();
        assertThat(dev.vpclab.app.LayoutChecks.inside(card, walk().overlay())).as(when).isTrue();
    }

    @Test
    void presentationShowsOnlyTheDiagramEnlargedAndTheVerdictAndLeavingRestoresTheWindow(
            FxRobot robot) {
        selectFlow(robot, 0);
        double[] before = {
            app.stage().getX(), app.stage().getY(), app.stage().getWidth(), app.stage().getHeight()
        };
        int hops = events(robot).getItems().size();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        for (String chrome : new String[] {".menu-bar", ".tool-bar", "#status", "#problems"}) {
            assertThat(robot.lookup(chrome).match(WalkUiTest::shown).tryQuery())
                    .as(chrome)
                    .isEmpty();
        }
        javafx.scene.Node diagram = robot.lookup("#diagram").query();
        javafx.geometry.Bounds d = diagram.localToScene(diagram.getLayoutBounds());
        double screen = app.stage().getScene().getWidth() * app.stage().getScene().getHeight();
        assertThat(d.getWidth() * d.getHeight() / screen).isGreaterThanOrEqualTo(0.85);
        // The smallest diagram text is 10 lab units: at least 18 px on screen.
        assertThat(app.session().window().canvas().viewport().scale() * 10)
                .isGreaterThanOrEqualTo(18);

        robot.type(KeyCode.HOME);
        for (int i = 1; i < hops; i++) {
            robot.type(KeyCode.RIGHT);
            javafx.geometry.Point2D p =
                    app.session()
                            .window()
                            .canvas()
                            .toScreen(walk().player().frame().orElseThrow().packetPosition());
            javafx.geometry.Bounds onScreen = diagram.localToScreen(diagram.getLayoutBounds());
            assertThat(onScreen.contains(p)).as("packet in view at hop " + i).isTrue();
        }
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = walk().overlay().verdict();
        assertThat(verdict.isVisible()).isTrue();
        assertThat(verdict.getText()).startsWith("REACHABLE");
        assertThat(dev.vpclab.app.LayoutChecks.inside(verdict, walk().overlay())).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar").match(WalkUiTest::shown).tryQuery()).isPresent();
        assertThat(robot.lookup("#problems").tryQuery()).isPresent();
        assertThat(
                        new double[] {
                            app.stage().getX(),
                            app.stage().getY(),
                            app.stage().getWidth(),
                            app.stage().getHeight()
                        })
                .containsExactly(before);
    }

    @Test
    void inPresentationTheMinimapStaysHiddenWhenZoomedSoTheLabIsCutAndAHopIsStepped(FxRobot robot) {
        selectFlow(robot, 0);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.HOME);
        robot.moveTo("#diagram");
        // TestFX's DOWN sends a positive delta: the canvas zooms in.
        for (int i = 0; i < 12; i++) {
            robot.scroll(javafx.geometry.VerticalDirection.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        dev.vpclab.app.CanvasView canvas = app.session().window().canvas();
        javafx.scene.Node diagram = robot.lookup("#diagram").query();
        dev.vpclab.edit.Rect visible =
                canvas.viewport()
                        .visible(
                                diagram.getLayoutBounds().getWidth(),
                                diagram.getLayoutBounds().getHeight());
        assertThat(
                        visible.contains(
                                app.session()
                                        .window()
                                        .viewModel()
                                        .diagram()
                                        .bounds()
                                        .orElseThrow()))
                .as("zoomed so that the lab is cut, scale " + canvas.viewport().scale())
                .isFalse();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minimap").queryAs(javafx.scene.canvas.Canvas.class).isVisible())
                .isFalse();
    }

    @Test
    void presentationModeHidesThePanelsAndStepsWithTheKeyboardAlone(FxRobot robot) {
        selectFlow(robot, 1);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().presentation().isActive()).isTrue();
        assertThat(robot.lookup("#palette").tryQuery()).isEmpty();
        assertThat(robot.lookup("#walk-dock").tryQuery()).isEmpty();
        robot.type(KeyCode.HOME).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(walk().player().hopIndex()).isEqualTo(2);
        assertThat(walk().overlay().cardNode()).isPresent();
        robot.type(KeyCode.DOWN); // the next flow
        assertThat(walk().flows().selectedProperty().get()).isZero();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk().presentation().isActive()).isFalse();
        assertThat(robot.lookup("#palette").tryQuery()).isPresent();
        assertThat(robot.lookup("#walk-dock").tryQuery()).isPresent();
    }

    @Test
    void theCostFlowLogsAndCompareTabsDescribeTheSelectedFlow(FxRobot robot) {
        selectFlow(robot, 1);
        robot.clickOn("#tab-cost");
        Label total = robot.lookup("#cost-total").queryAs(Label.class);
        String at100 = total.getText();
        assertThat(at100).isNotEmpty();
        robot.doubleClickOn("#cost-gb").write("5000").type(KeyCode.ENTER);
        assertThat(total.getText()).isNotEqualTo(at100);
        assertThat(robot.lookup("#cost-as-of").queryAs(Label.class).getText())
                .contains("us-east-1");

        robot.clickOn("#tab-flow-logs");
        assertThat(robot.lookup("#flow-log-table").queryAs(TableView.class).getItems())
                .isNotEmpty();

        robot.clickOn("#tab-compare");
        robot.interact(
                () -> {
                    robot.lookup("#compare-first").queryComboBox().getSelectionModel().select(0);
                    robot.lookup("#compare-second").queryComboBox().getSelectionModel().select(1);
                });
        assertThat(robot.lookup("#compare-cost-first").tryQuery()).isPresent();
        assertThat(robot.lookup("#compare-summary").queryAs(VBox.class).getChildren()).isNotEmpty();
    }

    @Test
    void withAFlowLoadedAndNothingSelectedTheCanvasKeysStepThePlayer(FxRobot robot) {
        selectFlow(robot, 0);
        PlayerViewModel player = walk().player();
        javafx.scene.Node diagram = robot.lookup("#diagram").query();
        robot.interact(
                () -> {
                    app.session().window().viewModel().select(dev.vpclab.edit.Selection.empty());
                    diagram.requestFocus();
                });
        assertThat(diagram.isFocused()).isTrue();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(player.hopIndex()).isEqualTo(2);
        robot.type(KeyCode.LEFT);
        assertThat(player.hopIndex()).isEqualTo(1);
        robot.type(KeyCode.SPACE);
        assertThat(player.isPlaying()).isTrue();
        robot.type(KeyCode.HOME);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.hopIndex()).isZero();
        assertThat(diagram.isFocused()).as("the canvas kept the focus").isTrue();

        // With a component selected the arrows move it, as always, and the player stays put.
        String box = "i-app";
        dev.vpclab.edit.Rect before =
                app.session().window().viewModel().diagram().box(box).orElseThrow();
        robot.interact(
                () -> app.session().window().viewModel().select(dev.vpclab.edit.Selection.of(box)));
        robot.type(KeyCode.RIGHT);
        assertThat(player.hopIndex()).isZero();
        assertThat(app.session().window().viewModel().diagram().box(box).orElseThrow().x())
                .isGreaterThan(before.x());
    }

    @Test
    void playAllShowsEachFlowsColourAndDrivesAllWalksFromTheCanvas(FxRobot robot) {
        javafx.scene.layout.Region swatch =
                robot.lookup("#flow-colour-1").queryAs(javafx.scene.layout.Region.class);
        assertThat(swatch.getStyle()).contains(FlowPalette.of(1));
        robot.clickOn("#flows-play-all");
        WaitForAsyncUtils.waitForFxEvents();
        MultiPlayerViewModel multi = walk().multi();
        assertThat(multi.lanes()).hasSize(walk().flows().badges().size());
        assertThat(walk().flows().selectedProperty().get()).isEqualTo(-1);
        javafx.scene.Node diagram = robot.lookup("#diagram").query();
        robot.interact(diagram::requestFocus);
        robot.type(KeyCode.HOME);
        assertThat(multi.isPlaying()).isFalse();
        robot.type(KeyCode.RIGHT);
        assertThat(multi.time()).isPositive();
        robot.clickOn("#flows-play-all");
        assertThat(multi.active()).isFalse();
    }
}
