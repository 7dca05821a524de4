package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Rect;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class CardPlacementTest {
    private static Rect at(Point2D p, double w, double h) {
        return new Rect(p.getX(), p.getY(), w, h);
    }

    @Test
    void aCardGoesRightOfItsComponentWhenThereIsRoom() {
        Rect component = new Rect(100, 100, 80, 60);
        Point2D p = CardPlacement.place(200, 120, component, null, 1000, 800);
        assertThat(p.getX()).isGreaterThan(component.maxX());
        assertThat(at(p, 200, 120).intersects(component)).isFalse();
    }

    @Test
    void nearTheRightEdgeTheCardGoesLeftAndIsNeverClipped() {
        Rect component = new Rect(900, 700, 80, 60);
        Point2D p = CardPlacement.place(200, 120, component, null, 1000, 800);
        Rect card = at(p, 200, 120);
        assertThat(card.intersects(component)).isFalse();
        assertThat(card.maxX()).isLessThanOrEqualTo(1000);
        assertThat(card.maxY()).isLessThanOrEqualTo(800);
        assertThat(card.x()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theCardLeavesTheNextHopVisible() {
        Rect component = new Rect(300, 100, 80, 60);
        Rect next = new Rect(400, 90, 120, 80); // right of the component, where the card would go
        Point2D p = CardPlacement.place(200, 120, component, next, 1000, 800);
        Rect card = at(p, 200, 120);
        assertThat(card.intersects(component)).isFalse();
        assertThat(card.intersects(next)).isFalse();
    }
}
