package dev.vpclab.app.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heatmap's group bands can be read: every VPC, subnet and outside group of the default lab has
 * its whole name written in its band, on both sides (the column bands used to cut a group of one
 * column to "v..." in a 10 px font).
 */
class ReachBandsUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    @Test
    void everyBandWritesItsGroupsWholeName(FxRobot robot) throws Exception {
        robot.clickOn("#canvas")
                .press(KeyCode.CONTROL, KeyCode.R)
                .release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> ReachMenu.stage(app.session().window()).map(Stage::isShowing).orElse(false));
        ReachViewModel vm = ReachMenu.viewModel(app.session().window());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.state() == ReachViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        HeatmapCanvas map = ReachMenu.heatmap(app.session().window()).orElseThrow();
        List<HeatmapPainter.BandText> bands = map.bandTexts();

        assertThat(bands).filteredOn(b -> !b.rows()).extracting(b -> b.name()).isNotEmpty();
        assertThat(bands).filteredOn(HeatmapPainter.BandText::rows).isNotEmpty();
        assertThat(bands)
                .as("what each band wrote of its name")
                .allSatisfy(b -> assertThat(b.shown()).as(b.name()).isEqualTo(b.name()));
        assertThat(HeatmapPainter.BAND_FONT)
                .as("band names as large as labels")
                .isGreaterThanOrEqualTo(12);
    }
}
