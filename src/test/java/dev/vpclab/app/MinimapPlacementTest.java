package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.Viewport;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The minimap stays off what it would hide, and away from a canvas too small to spare it. */
class MinimapPlacementTest {
    private static final Diagram DEFAULT =
            Diagram.of(LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow());

    private static Rect onScreen(Rect r, Viewport v) {
        return new Rect(
                v.toScreenX(r.x()),
                v.toScreenY(r.y()),
                r.width() * v.scale(),
                r.height() * v.scale());
    }

    @Test
    void itLeavesTheCornerWhereAComponentIsForAFreeOne() {
        Lab lab = DEFAULT.lab();
        Rect app = DEFAULT.box("i-app").orElseThrow();
        // i-app drawn in the canvas's bottom-right corner, where the minimap used to go.
        Viewport v = new Viewport(1, app.maxX() - 980, app.maxY() - 680);
        Rect shown = onScreen(app, v);
        Optional<Rect> map = MinimapPlacement.place(DEFAULT, v, 1000, 700);
        assertThat(map).isPresent();
        assertThat(map.get().intersects(shown))
                .as("the minimap %s over i-app at %s", map.get(), shown)
                .isFalse();
        assertThat(lab.components()).isNotEmpty();
    }

    @Test
    void aNarrowCanvasShowsNoMinimap() {
        // The diagram beside a docked challenge: 380 px wide, where 200 px covered half of it.
        Viewport v = new Viewport(1.5, 0, 0);
        assertThat(MinimapPlacement.place(DEFAULT, v, 380, 470)).isEmpty();
    }

    @Test
    void itIsAQuarterOfTheCanvasAtMost() {
        Viewport v = new Viewport(2, 0, 0);
        Rect map = MinimapPlacement.place(DEFAULT, v, 600, 700).orElseThrow();
        assertThat(map.width()).isLessThanOrEqualTo(150);
        assertThat(MinimapPlacement.place(DEFAULT, v, 1600, 900).orElseThrow().width())
                .isEqualTo(200);
    }
}
