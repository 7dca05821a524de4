package dev.vpclab.edit;

import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The geometry of a lab on the canvas: a rectangle for every component (from the lab's layout,
 * completed by {@link AutoLayout}), who contains whom, the order in which they are painted and
 * hit-testing. Pure and immutable; one is made for each lab the canvas shows.
 */
public final class Diagram {
    /** Size of a component drawn as an icon with its name. */
    public static final double NODE_WIDTH = 120;

    public static final double NODE_HEIGHT = 64;

    /** Height of a container's title band. */
    public static final double HEADER = 28;

    /** Padding inside a container. */
    public static final double PADDING = 16;

    private final Lab lab;
    private final Map<String, Rect> boxes;
    private final Map<String, String> parents;
    private final List<String> paintOrder;

    private Diagram(Lab lab) {
        this.lab = lab;
        Map<String, LayoutBox> layout = AutoLayout.complete(lab);
        Map<String, Rect> b = new LinkedHashMap<>();
        for (Component c : lab.components()) {
            LayoutBox box = layout.get(c.id());
            if (box != null) {
                b.put(c.id(), toRect(c, box));
            }
        }
        this.boxes = Collections.unmodifiableMap(b);
        this.parents = Containment.parents(lab);
        Map<String, Integer> rank = new HashMap<>();
        for (Component c : lab.components()) {
            int depth = Containment.depth(parents, c.id());
            rank.put(c.id(), Containment.isContainer(c.kind()) ? depth : 100 + depth);
        }
        List<String> order = new ArrayList<>(boxes.keySet());
        order.sort(Comparator.comparingInt(rank::get)); // stable: file order within a rank
        this.paintOrder = Collections.unmodifiableList(order);
    }

    /** The diagram of a lab. */
    public static Diagram of(Lab lab) {
        return new Diagram(Objects.requireNonNull(lab, "lab"));
    }

    static Rect toRect(Component c, LayoutBox box) {
        boolean container = Containment.isContainer(c.kind());
        double w = box.width().orElse(container ? defaultWidth(c) : NODE_WIDTH);
        double h = box.height().orElse(container ? defaultHeight(c) : NODE_HEIGHT);
        return new Rect(box.x(), box.y(), w, h);
    }

    static double defaultWidth(Component c) {
        return switch (c.kind()) {
            case VPC -> 560;
            case ON_PREMISES -> 300;
            default -> 260;
        };
    }

    static double defaultHeight(Component c) {
        return switch (c.kind()) {
            case VPC -> 380;
            case ON_PREMISES -> 180;
            default -> 150;
        };
    }

    public Lab lab() {
        return lab;
    }

    /** Every component's rectangle, by id. */
    public Map<String, Rect> boxes() {
        return boxes;
    }

    public Optional<Rect> box(String id) {
        return Optional.ofNullable(boxes.get(id));
    }

    /** The container of each component, by id. */
    public Map<String, String> parents() {
        return parents;
    }

    public Optional<String> parent(String id) {
        return Optional.ofNullable(parents.get(id));
    }

    /** Ids in painting order: outer containers first, icons last (on top). */
    public List<String> paintOrder() {
        return paintOrder;
    }

    /** The topmost component under the point. */
    public Optional<String> componentAt(Point p) {
        Objects.requireNonNull(p, "point");
        for (int i = paintOrder.size() - 1; i >= 0; i--) {
            String id = paintOrder.get(i);
            if (boxes.get(id).contains(p)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * The innermost container under the point, ignoring {@code excluded} and what is inside them
     * (the components being dragged).
     */
    public Optional<String> containerAt(Point p, Set<String> excluded) {
        Set<String> skip = new java.util.HashSet<>(excluded);
        skip.addAll(Containment.descendants(lab, excluded));
        for (int i = paintOrder.size() - 1; i >= 0; i--) {
            String id = paintOrder.get(i);
            Optional<Component> c = lab.component(id);
            if (c.isPresent()
                    && Containment.isContainer(c.get().kind())
                    && !skip.contains(id)
                    && boxes.get(id).contains(p)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** The components wholly inside the rectangle (rubber-band selection). */
    public List<String> componentsIn(Rect area) {
        List<String> out = new ArrayList<>();
        for (String id : paintOrder) {
            if (area.contains(boxes.get(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /** The components whose rectangles meet the area (what a viewport must paint). */
    public List<String> visibleIn(Rect area) {
        List<String> out = new ArrayList<>();
        for (String id : paintOrder) {
            if (area.intersects(boxes.get(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /** The rectangle holding every component, or empty for an empty lab. */
    public Optional<Rect> bounds() {
        return boxes.values().stream().reduce(Rect::union);
    }
}
