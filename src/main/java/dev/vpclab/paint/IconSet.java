package dev.vpclab.paint;

import dev.vpclab.model.ComponentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab's own vector icons, one per component kind, read once from {@code
 * /assets/icons/<kind>.svg}: the path data and the AWS category colour.
 */
public final class IconSet {
    /** One icon: SVG path data in a 24 x 24 box, and its colour. */
    public record Icon(String pathData, String color) {}

    private static final Pattern PATH = Pattern.compile("\\bd=\"([^\"]+)\"");
    private static final Pattern FILL = Pattern.compile("\\bfill=\"(#[0-9A-Fa-f]{6})\"");
    private static final IconSet SHARED = load();

    private final Map<ComponentKind, Icon> icons;

    private IconSet(Map<ComponentKind, Icon> icons) {
        this.icons = icons;
    }

    /** The icons of the application, loaded once and cached. */
    public static IconSet shared() {
        return SHARED;
    }

    private static IconSet load() {
        Map<ComponentKind, Icon> map = new EnumMap<>(ComponentKind.class);
        for (ComponentKind kind : ComponentKind.values()) {
            try (InputStream in =
                    IconSet.class.getResourceAsStream(
                            "/assets/icons/" + kind.fileName() + ".svg")) {
                if (in == null) {
                    continue;
                }
                String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher d = PATH.matcher(svg);
                Matcher f = FILL.matcher(svg);
                if (d.find()) {
                    map.put(kind, new Icon(d.group(1), f.find() ? f.group(1) : "#8C4FFF"));
                }
            } catch (IOException e) {
                // A missing icon is drawn as a plain box; the app still works.
            }
        }
        return new IconSet(map);
    }

    public Optional<Icon> icon(ComponentKind kind) {
        return Optional.ofNullable(icons.get(kind));
    }

    /** The category colour of a kind. */
    public String color(ComponentKind kind) {
        return icon(kind).map(Icon::color).orElse("#8C4FFF");
    }
}
