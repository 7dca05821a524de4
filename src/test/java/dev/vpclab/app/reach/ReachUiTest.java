package dev.vpclab.app.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.app.walk.WalkDock;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.reach.AxisSlots;
import dev.vpclab.reach.ReachAxis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Reachability on the default lab, headless, with the mouse: hover says why, a click plays
 * the flow in the walk, a band folds a VPC, an edit marks the cells it changed, CSV export.
 */
class ReachUiTest {
    @TempDir Path out;
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private ReachViewModel vm() {
        return ReachMenu.viewModel(app.session().window());
    }

    private HeatmapCanvas heatmap() {
        return ReachMenu.heatmap(app.session().window()).orElseThrow();
    }

    private WalkDock walk() {
        return app.session().window().walk();
    }

    private void open(FxRobot robot) throws Exception {
        robot.clickOn("#canvas")
                .press(KeyCode.CONTROL, KeyCode.R)
                .release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ReachMenu.stage(app.session().window()).map(Stage::isShowing).orElse(false));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm().state() == ReachViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The slot of a member on one side, as shown now. */
    private static int slot(AxisSlots slots, String id) {
        return slots.slotOf(slots.axis().members().indexOf(id));
    }

    private Point2D cell(String from, String to) {
        int r = slot(vm().rows().orElseThrow(), from);
        int c = slot(vm().columns().orElseThrow(), to);
        return heatmap().localToScreen(heatmap().cellCentre(r, c));
    }

    private String info(FxRobot robot) {
        return robot.lookup("#reach-info").queryAs(Label.class).getText();
    }

    @Test
    void hoverSaysWhyAndAClickPlaysThatFlowInTheWalk(FxRobot robot) throws Exception {
        int savedFlows = app.session().viewModel().lab().flows().size();
        open(robot);
        assertThat(robot.lookup("#reach-status").queryAs(Label.class).getText())
                .contains("2 sources x 4 destinations", "2 reachable", "4 blocked");

        robot.moveTo(cell("i-app", "i-target"));
        assertThat(info(robot))
                .contains("i-app \u2192 i-target (TCP 443)")
                .contains("BLOCKED")
                .contains("Stopped at rt-app on the request leg")
                .contains("Blocked: ")
                .contains("Fix: ");
        robot.moveTo(cell("i-app", "s3-use1"));
        assertThat(info(robot)).contains("i-app \u2192 s3-use1", "REACHABLE");

        robot.clickOn(cell("i-app", "s3-use1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> walk().player().isPlaying());
        var trace = walk().player().walk().orElseThrow().trace();
        assertThat(trace.flow().from()).isEqualTo("i-app");
        assertThat(trace.flow().name()).contains("s3-use1");
        assertThat(trace.reachable()).isTrue();
        assertThat(walk().player().events()).extracting(e -> e.component()).contains("s3-use1");
        // The cell was played, not saved: the lab is unchanged.
        assertThat(app.session().viewModel().lab().flows()).hasSize(savedFlows);
        assertThat(app.session().viewModel().isDirty()).isFalse();
    }

    @Test
    void aBandFoldsItsVpcIntoOneColumnThatCountsItsPairs(FxRobot robot) throws Exception {
        open(robot);
        AxisSlots columns = vm().columns().orElseThrow();
        int before = columns.size();
        int app = slot(columns, "i-app");
        HeatmapCanvas map = heatmap();
        // The band above the column: level 0 is the VPC.
        Point2D band = map.localToScreen(map.columnBandCentre(0, app));
        robot.clickOn(band);
        AxisSlots folded = vm().columns().orElseThrow();
        assertThat(folded.size()).isEqualTo(before - 1); // i-app and vpce-app in one column
        AxisSlots.Slot vpc = folded.slot(folded.slotOf(folded.axis().members().indexOf("i-app")));
        assertThat(vpc.group().map(ReachAxis.Group::id)).contains("vpc-consumer");

        robot.moveTo(
                map.localToScreen(
                        map.cellCentre(
                                slot(vm().rows().orElseThrow(), "i-target"),
                                folded.slotOf(vpc.start()))));
        assertThat(info(robot))
                .contains("i-target \u2192 vpc-consumer (2)")
                .contains("2 pairs: 0 reachable, 2 blocked")
                .contains("Click the group's band") // not "group''s": the text has no arguments
                .doesNotContain("''");

        robot.clickOn(band);
        assertThat(vm().columns().orElseThrow().size()).isEqualTo(before);
    }

    @Test
    void anEditMarksTheCellsItChangedAndTheCsvSaysSo(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(
                () ->
                        app.session()
                                .viewModel()
                                .apply(deleteS3Route(app.session().viewModel().lab())));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () ->
                        vm().state() == ReachViewModel.State.DONE
                                && vm().result().orElseThrow().lab()
                                        == app.session().viewModel().lab());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reach-status").queryAs(Label.class).getText())
                .contains("1 changed by the last edit");
        robot.moveTo(cell("i-app", "s3-use1"));
        assertThat(info(robot)).contains("BLOCKED", "Changed by the last edit");
        robot.moveTo(cell("i-app", "i-target"));
        assertThat(info(robot)).doesNotContain("Changed by the last edit");

        Path csv = out.resolve("default-reachability.csv");
        robot.interact(() -> ReachMenu.exportCsv(app.session().window(), csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("source,source_vpc,source_subnet,destination");
        assertThat(lines).hasSize(7);
        assertThat(lines)
                .anyMatch(
                        l ->
                                l.startsWith("i-app,vpc-consumer,subnet-app,s3-use1,")
                                        && l.contains(",blocked,NO_ROUTE_TO_DESTINATION,")
                                        && l.endsWith(",true"));
        assertThat(lines.stream().filter(l -> l.endsWith(",true"))).hasSize(1);
    }

    private static dev.vpclab.edit.LabEdit deleteS3Route(Lab lab) {
        List<Route> routes = lab.component("rt-app", RouteTable.class).orElseThrow().routes();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).toString().contains("pl-s3")) {
                return RuleEdits.removeRoute(lab, "rt-app", i).allowedEdit().orElseThrow();
            }
        }
        throw new AssertionError("no S3 route in rt-app");
    }
}
