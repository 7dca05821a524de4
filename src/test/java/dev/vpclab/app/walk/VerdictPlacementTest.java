package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictPlacementTest {

    @Test
    void bottomCentreWhenNothingIsThere() {
        Rect at = VerdictPlacement.place(600, 50, List.of(), null, 1920, 1000);
        assertThat(at).isEqualTo(new Rect(660, 1000 - 50 - VerdictPlacement.MARGIN, 600, 50));
    }

    @Test
    void aComponentAtTheBottomPushesTheBannerToEmptySpace() {
        // As in the default lab: the gateway endpoint sits where the banner used to go.
        Rect endpoint = new Rect(440, 900, 200, 90);
        Rect lastHop = new Rect(570, 450, 200, 90);
        List<Rect> components = List.of(endpoint, lastHop, new Rect(900, 600, 200, 90));
        Rect at = VerdictPlacement.place(800, 50, components, lastHop, 1920, 1000);
        assertThat(VerdictPlacement.cover(at, components)).isZero();
        assertThat(VerdictPlacement.overlap(at, lastHop)).isZero();
    }

    @Test
    void neverOverTheLastHopEvenWhenEveryPlaceCoversSomething() {
        // A view packed with components: the banner covers the least, but not the last hop.
        java.util.ArrayList<Rect> packed = new java.util.ArrayList<>();
        for (int x = 0; x < 1000; x += 150) {
            for (int y = 0; y < 600; y += 100) {
                packed.add(new Rect(x, y, 120, 64));
            }
        }
        Rect lastHop = packed.get(packed.size() - 4);
        Rect at = VerdictPlacement.place(500, 40, packed, lastHop, 1000, 600);
        assertThat(VerdictPlacement.overlap(at, lastHop)).isZero();
        assertThat(at.x()).isGreaterThanOrEqualTo(0);
        assertThat(at.maxX()).isLessThanOrEqualTo(1000);
        assertThat(at.maxY()).isLessThanOrEqualTo(600);
    }
}
