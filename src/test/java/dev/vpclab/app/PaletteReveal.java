package dev.vpclab.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls the palette to an entry first, as a person does before dragging it. */
public final class PaletteReveal {
    private PaletteReveal() {}

    /** Scrolls {@code #palette} so that the entry of {@code kind} shows. */
    public static void reveal(FxRobot robot, String kind) {
        ScrollPane palette = robot.lookup("#palette").queryAs(ScrollPane.class);
        Node entry = robot.lookup("#palette-" + kind).query();
        robot.interact(
                () -> {
                    Bounds b = entry.localToScene(entry.getLayoutBounds());
                    Bounds content =
                            palette.getContent()
                                    .localToScene(palette.getContent().getLayoutBounds());
                    double scrollable =
                            content.getHeight() - palette.getViewportBounds().getHeight();
                    if (scrollable > 0) {
                        double top = b.getMinY() - content.getMinY();
                        palette.setVvalue(Math.max(0, Math.min(1, (top - 40) / scrollable)));
                    }
                });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
