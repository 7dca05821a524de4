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

    /** Room between a Region's frame and the VPCs it holds; the frame's title sits above. */
    public static final double REGION_PADDING = 12;

    private final Lab lab;
    private final Map<String, Rect> boxes;
    private final Map<String, String> parents;
    private final Map<String, String> frames;
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
        this.parents = Containment.parents(lab);
        this.frames = Collections.unmodifiableMap(frameRegions(lab, b, parents));
        this.boxes = Collections.unmodifiableMap(b);
        Map<String, Integer> rank = new HashMap<>();
        for (Component c : lab.components()) {
            int depth = Containment.depth(parents, c.id());
            rank.put(
                    c.id(),
                    frames.containsValue(c.id())
                            ? -1
                            : Containment.isContainer(c.kind()) ? depth : 100 + depth);
        }
        List<String> order = new ArrayList<>(boxes.keySet());
        order.sort(Comparator.comparingInt(rank::get)); // stable: file order within a rank
        this.paintOrder = Collections.unmodifiableList(order);
    }

    /**
     * Turns each Region that holds VPCs into a frame around them, as AWS diagrams draw it: its box
     * becomes the VPCs' boxes (their edge gateways included) with a padding and a title band. A
     * Region without VPCs stays an icon. Returns the framing Region of each framed VPC.
     */
    private static Map<String, String> frameRegions(
            Lab lab, Map<String, Rect> boxes, Map<String, String> parents) {
        Map<String, String> framedBy = new LinkedHashMap<>();
        for (Component c : lab.components()) {
            if (c instanceof dev.vpclab.model.Vpc v
                    && boxes.containsKey(v.id())
                    && lab.component(v.region())
                            .filter(r -> r.kind() == dev.vpclab.model.ComponentKind.REGION)
                            .filter(r -> boxes.containsKey(r.id()))
                            .isPresent()) {
                framedBy.put(v.id(), v.region());
            }
        }
        Map<String, Rect> held = new LinkedHashMap<>();
        for (var e : framedBy.entrySet()) {
            held.merge(e.getValue(), boxes.get(e.getKey()), Rect::union);
        }
        // What sits on a VPC's edge (gateways) sticks out of it: the frame holds it too.
        for (var e : parents.entrySet()) {
            String region = framedBy.get(e.getValue());
            Rect box = boxes.get(e.getKey());
            if (region != null && box != null) {
                held.merge(region, box, Rect::union);
            }
        }
        held.forEach(
                (region, r) ->
                        boxes.put(
                                region,
                                new Rect(
                                        r.x() - REGION_PADDING,
                                        r.y() - REGION_PADDING - HEADER,
                                        r.width() + 2 * REGION_PADDING,
                                        r.height() + 2 * REGION_PADDING + HEADER)));
        return framedBy;
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

    /**
     * Whether a Region is drawn as a frame around its VPCs (it holds at least one); a Region
     * without VPCs is an icon like any other component.
     */
    public boolean isFrame(String id) {
        return frames.containsValue(id);
    }

    /** The Region whose frame holds this VPC, if it is drawn as a frame. */
    public Optional<String> frameOf(String vpcId) {
        return Optional.ofNullable(frames.get(vpcId));
    }

    /**
     * What moves with these components besides them and their contents: the VPCs (and their
     * contents) a moved Region frames, so dragging the frame moves what it holds.
     */
    public Set<String> framedBy(Set<String> ids) {
        Set<String> vpcs = new java.util.LinkedHashSet<>();
        frames.forEach(
                (vpc, region) -> {
                    if (ids.contains(region)) {
                        vpcs.add(vpc);
                    }
                });
        Set<String> out = new java.util.LinkedHashSet<>(vpcs);
        out.addAll(Containment.descendants(lab, vpcs));
        return out;
    }

    /** Ids in painting order: framed Regions, then outer containers, icons last (on top). */
    public List<String> paintOrder() {
        return paintOrder;
    }

    /** The topmost component under the point. */
    public Optional<String> componentAt(Point p) {
        Objects.requireNonNull(p, "point");
        for (int i = paintOrder.size() - 1; i >= 0; i--) {
            String id = paintOrder.get(i);
            if (isFrame(id) ? titleOf(id).contains(p) : boxes.get(id).contains(p)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Where a Region's frame is picked up: its title at the top-left corner. The open inside of the
     * frame stays bare canvas, so a rubber band can start there as before.
     */
    private Rect titleOf(String region) {
        Rect r = boxes.get(region);
        return new Rect(r.x(), r.y(), Math.min(r.width(), 160), HEADER - 4);
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
