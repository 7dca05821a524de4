package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import dev.vpclab.paint.Viewport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresentationFitTest {
    private static Rect shown(Viewport v) {
        return v.visible(1920, 1040);
    }

    @Test
    void aSmallLabIsEnlargedToFillTheScreen() {
        Rect lab = new Rect(0, 0, 400, 300);
        Viewport v = PresentationFit.fit(lab, Optional.empty(), Optional.empty(), 1920, 1040);
        assertThat(v.scale()).isGreaterThan(3);
        assertThat(shown(v).contains(lab)).isTrue();
    }

    @Test
    void aLabTooWideForReadableTextGivesWayToTheFlowsComponents() {
        Rect lab = new Rect(0, 0, 1400, 500);
        Rect flow = new Rect(0, 0, 600, 500);
        Viewport v = PresentationFit.fit(lab, Optional.of(flow), Optional.empty(), 1920, 1040);
        assertThat(v.scale()).isGreaterThanOrEqualTo(PresentationFit.LEAST_SCALE);
        assertThat(shown(v).contains(flow)).isTrue();
        assertThat(shown(v).contains(lab)).isFalse();
    }

    @Test
    void aFlowTooWideStaysReadableAndShowsItsFirstHop() {
        Rect lab = new Rect(0, 0, 2000, 500);
        Rect start = new Rect(10, 200, 80, 70);
        Viewport v = PresentationFit.fit(lab, Optional.of(lab), Optional.of(start), 1920, 1040);
        assertThat(v.scale()).isEqualTo(PresentationFit.LEAST_SCALE);
        assertThat(shown(v).contains(start)).isTrue();
    }

    @Test
    void followingPansOnlyWhenTheTargetIsOutAndThenTheLeast() {
        Viewport v = new Viewport(2, 0, 0);
        Rect in = new Rect(100, 100, 50, 50);
        assertThat(PresentationFit.follow(v, in, 1920, 1040)).isSameAs(v);
        Rect right = new Rect(1000, 100, 50, 50);
        Viewport panned = PresentationFit.follow(v, right, 1920, 1040);
        assertThat(panned.originY()).isEqualTo(0);
        assertThat(shown(panned).contains(right)).isTrue();
        // The least pan: the target ends at the right edge, less the margin.
        assertThat(panned.toScreenX(right.maxX()))
                .isCloseTo(
                        1920 - PresentationFit.MARGIN, org.assertj.core.data.Offset.offset(0.01));
    }
}
