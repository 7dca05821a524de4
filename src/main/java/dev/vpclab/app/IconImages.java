package dev.vpclab.app;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/** Icons rendered once to images, per path, colour and pixel size (FX thread only). */
final class IconImages {
    private IconImages() {}

    private static final int MAX = 400;

    private static final Map<String, Image> CACHE =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                    return size() > MAX;
                }
            };

    static Image image(String pathData, String color, double pixels) {
        // Sizes are bucketed so that zooming does not fill the cache with near-duplicates.
        int px = (int) Math.ceil(pixels / 4) * 4;
        String key = px + "|" + color + "|" + pathData;
        return CACHE.computeIfAbsent(key, k -> render(pathData, color, px));
    }

    private static Image render(String pathData, String color, int px) {
        SVGPath path = new SVGPath();
        path.setContent(pathData);
        path.setFill(Color.web(color));
        path.setFillRule(FillRule.EVEN_ODD);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(px / 24.0, px / 24.0));
        // The path's bounds start where its first point is; pad to the full 24 x 24 box.
        params.setViewport(new Rectangle2D(0, 0, px, px));
        return path.snapshot(params, null);
    }
}
