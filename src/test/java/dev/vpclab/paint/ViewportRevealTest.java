package dev.vpclab.paint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import org.junit.jupiter.api.Test;

/** Bringing a box into view: the least pan at the same scale, or a zoom out when it is larger. */
class ViewportRevealTest {
    private final Viewport v = new Viewport(2, 100, 100); // shows 100..500 x 100..400 in 800x600

    @Test
    void aBoxAlreadyInViewLeavesTheViewAsItIs() {
        assertThat(v.reveal(new Rect(200, 200, 50, 50), 800, 600, 16)).isSameAs(v);
    }

    @Test
    void aBoxAboveThePanPansUpJustEnoughWithTheMargin() {
        Viewport r = v.reveal(new Rect(200, -300, 100, 80), 800, 600, 16);
        assertThat(r.scale()).isEqualTo(2);
        assertThat(r.originX()).isEqualTo(100);
        assertThat(r.originY()).isEqualTo(-308); // 16 px at scale 2 is 8 lab units
        assertThat(r.visible(800, 600).contains(new Rect(200, -300, 100, 80))).isTrue();
    }

    @Test
    void aBoxRightOfTheViewPansRight() {
        Viewport r = v.reveal(new Rect(600, 150, 100, 80), 800, 600, 16);
        assertThat(r.visible(800, 600).contains(new Rect(600, 150, 100, 80))).isTrue();
        assertThat(r.originY()).isEqualTo(100);
    }

    @Test
    void aBoxLargerThanTheViewIsFittedByZoomingOut() {
        Rect big = new Rect(0, 0, 1000, 700);
        Viewport r = v.reveal(big, 800, 600, 16);
        assertThat(r.scale()).isLessThan(1);
        assertThat(r.visible(800, 600).contains(big)).isTrue();
    }
}
