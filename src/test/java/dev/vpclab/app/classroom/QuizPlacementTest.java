package dev.vpclab.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizPlacementTest {
    @Test
    void thePanelTakesTheFirstCornerThatCoversNothingToKeepClear() {
        Rect packet = new Rect(20, 700, 60, 60);
        Rect card = new Rect(1500, 800, 300, 200);
        Rect at = QuizPlacement.place(400, 250, List.of(packet, card), 1920, 1040);
        assertThat(at.intersects(packet)).isFalse();
        assertThat(at.intersects(card)).isFalse();
        assertThat(at.x()).isGreaterThanOrEqualTo(0);
        assertThat(at.maxY()).isLessThanOrEqualTo(1040);
    }

    @Test
    void whenEveryPlaceCoversSomethingItTakesTheOneThatCoversLeast() {
        Rect big = new Rect(0, 0, 1920, 1000);
        Rect at = QuizPlacement.place(400, 250, List.of(big), 1920, 1040);
        assertThat(at.y()).isGreaterThan(500); // a bottom place: only its top covers the box
    }
}
