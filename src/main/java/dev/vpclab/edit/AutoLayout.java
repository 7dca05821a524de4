package dev.vpclab.edit;

import static dev.vpclab.edit.Diagram.HEADER;
import static dev.vpclab.edit.Diagram.NODE_HEIGHT;
import static dev.vpclab.edit.Diagram.NODE_WIDTH;
import static dev.vpclab.edit.Diagram.PADDING;

import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Places the components of a lab that has no layout (one written by hand, say): containers nested
 * and sized to their contents, nothing overlapping, internet and virtual private gateways on the
 * top edge of their VPC, services and networks outside AWS in rows above the VPCs, the VPCs of a
 * Region together inside its frame, containers in a grid of about a page's shape. Coordinates are
 * absolute canvas coordinates.
 */
public final class AutoLayout {
    private AutoLayout() {}

    static final double GAP = 24;
    static final double MARGIN = 40;
    private static final int NODE_COLUMNS = 3;
    private static final int STRIP_COLUMNS = 4;

    /** Width to height the containers' grid aims at: about a landscape page or screen. */
    static final double ASPECT = 1.6;

    /**
     * A full layout of the lab, ignoring the layout it has: what lives outside every VPC in rows at
     * the top, then the VPCs of each Region together (the Region draws a frame around them), then
     * the other networks. Containers wrap into rows, so that even a lab of hundreds of VPCs is a
     * grid near the shape of a page, not one long row.
     */
    public static Map<String, LayoutBox> layout(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Map<String, List<Component>> children = childrenByParent(lab);
        Map<String, Rect> out = new LinkedHashMap<>();
        Map<String, String> parents = Containment.parents(lab);
        Map<String, List<Component>> byRegion = vpcsByRegion(lab, parents);
        java.util.Set<String> framed = new java.util.HashSet<>();
        byRegion.values().forEach(g -> g.forEach(v -> framed.add(v.id())));

        List<Component> outside = new ArrayList<>();
        List<Component> others = new ArrayList<>();
        for (Component c : lab.components()) {
            if (parents.containsKey(c.id()) || byRegion.containsKey(c.id())) {
                continue;
            }
            if (Containment.isContainer(c.kind())) {
                if (!framed.contains(c.id())) {
                    others.add(c);
                }
            } else {
                outside.add(c);
            }
        }
        List<List<Component>> groups = new ArrayList<>(byRegion.values());
        if (!others.isEmpty()) {
            groups.add(others);
        }
        // Each container's size, from a trial placement, to wrap the rows.
        Map<String, Rect> size = new HashMap<>();
        double area = 0;
        double widest = 0;
        for (List<Component> group : groups) {
            for (Component c : group) {
                Rect r = place(c, 0, 0, children, new HashMap<>());
                size.put(c.id(), r);
                area += (r.width() + 3 * GAP) * (r.height() + ROW_GAP);
                widest = Math.max(widest, r.width());
            }
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));

        // Rows at the top: what lives outside every VPC (services, internet, prefix lists, ...).
        int perRow = Math.max(1, (int) ((rowWidth + GAP) / (NODE_WIDTH + GAP)));
        for (int i = 0; i < outside.size(); i++) {
            double x = MARGIN + (i % perRow) * (NODE_WIDTH + GAP);
            double y = MARGIN + (i / perRow) * (NODE_HEIGHT + GAP);
            out.put(outside.get(i).id(), new Rect(x, y, NODE_WIDTH, NODE_HEIGHT));
        }
        double bottom =
                outside.isEmpty()
                        ? MARGIN - 2 * GAP
                        : MARGIN + ((outside.size() - 1) / perRow + 1) * (NODE_HEIGHT + GAP) - GAP;
        // Then the containers, group by group, each group starting a row; gateways sit on a
        // VPC's top edge, so each row leaves them room above it, and a Region's frame its title.
        double top = bottom + 2 * GAP + NODE_HEIGHT / 2;
        for (List<Component> group : groups) {
            boolean inFrame = group != others;
            if (inFrame) {
                top += FRAME_TOP;
            }
            double x = MARGIN;
            double rowHeight = 0;
            for (Component c : group) {
                Rect r = size.get(c.id());
                if (x > MARGIN && x + r.width() > MARGIN + rowWidth) {
                    x = MARGIN;
                    top += rowHeight + ROW_GAP;
                    rowHeight = 0;
                }
                Rect placed = place(c, x, top, children, out);
                rowHeight = Math.max(rowHeight, placed.height());
                x = placed.maxX() + 3 * GAP;
            }
            top += rowHeight + ROW_GAP + (inFrame ? Diagram.REGION_PADDING : 0);
        }
        // A Region that frames VPCs gets its frame's box from them (Diagram); its own entry just
        // keeps it at the frame's corner.
        for (var e : byRegion.entrySet()) {
            Rect first = out.get(e.getValue().get(0).id());
            out.put(
                    e.getKey(),
                    new Rect(
                            first.x() - Diagram.REGION_PADDING,
                            first.y() - FRAME_TOP,
                            NODE_WIDTH,
                            NODE_HEIGHT));
        }
        Map<String, LayoutBox> result = new LinkedHashMap<>();
        for (Component c : lab.components()) {
            Rect r = out.get(c.id());
            if (r != null) {
                result.put(c.id(), r.toLayout(Containment.isContainer(c.kind())));
            }
        }
        return result;
    }

    /** Space between rows of containers: room for the gateways on the next row's top edge. */
    private static final double ROW_GAP = 2 * GAP + NODE_HEIGHT / 2;

    /** Room above a row of framed VPCs for the Region's title band and padding. */
    private static final double FRAME_TOP = HEADER + Diagram.REGION_PADDING + GAP;

    /** The top-level VPCs of each Region of the lab that has some, in the lab's order. */
    private static Map<String, List<Component>> vpcsByRegion(Lab lab, Map<String, String> parents) {
        Map<String, List<Component>> out = new LinkedHashMap<>();
        for (Component c : lab.components()) {
            if (c instanceof dev.vpclab.model.Region) {
                for (Component v : lab.components()) {
                    if (v instanceof dev.vpclab.model.Vpc vpc
                            && vpc.region().equals(c.id())
                            && !parents.containsKey(v.id())) {
                        out.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(v);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, List<Component>> childrenByParent(Lab lab) {
        Map<String, String> parents = Containment.parents(lab);
        Map<String, List<Component>> children = new HashMap<>();
        for (Component c : lab.components()) {
            String p = parents.get(c.id());
            if (p != null) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        return children;
    }

    /** Places a container at (x, y) with its contents; returns its rectangle. */
    private static Rect place(
            Component container,
            double x,
            double y,
            Map<String, List<Component>> children,
            Map<String, Rect> out) {
        List<Component> inner = children.getOrDefault(container.id(), List.of());
        List<Component> boxes = new ArrayList<>();
        List<Component> nodes = new ArrayList<>();
        List<Component> edge = new ArrayList<>();
        for (Component c : inner) {
            if (Containment.isContainer(c.kind())) {
                boxes.add(c);
            } else if (Containment.isOnVpcEdge(c.kind())) {
                edge.add(c);
            } else {
                nodes.add(c);
            }
        }
        double cx = x + PADDING;
        double cy = y + HEADER + PADDING;
        double width = 0;
        // Nested containers two to a row.
        double rowHeight = 0;
        int column = 0;
        for (Component b : boxes) {
            Rect r = place(b, cx, cy, children, out);
            width = Math.max(width, r.maxX() - x);
            rowHeight = Math.max(rowHeight, r.height());
            column++;
            if (column == 2) {
                column = 0;
                cx = x + PADDING;
                cy += rowHeight + GAP;
                rowHeight = 0;
            } else {
                cx = r.maxX() + GAP;
            }
        }
        if (column != 0) {
            cy += rowHeight + GAP;
        }
        // Icons in a grid below the nested containers.
        int columns = boxes.isEmpty() ? NODE_COLUMNS : STRIP_COLUMNS;
        for (int i = 0; i < nodes.size(); i++) {
            double nx = x + PADDING + (i % columns) * (NODE_WIDTH + GAP);
            double ny = cy + (i / columns) * (NODE_HEIGHT + GAP);
            Rect r = new Rect(nx, ny, NODE_WIDTH, NODE_HEIGHT);
            out.put(nodes.get(i).id(), r);
            width = Math.max(width, r.maxX() - x);
        }
        if (!nodes.isEmpty()) {
            cy += ((nodes.size() - 1) / columns + 1) * (NODE_HEIGHT + GAP);
        }
        width = Math.max(width + PADDING, Diagram.defaultWidth(container) * 0.6);
        width = Math.max(width, PADDING + edge.size() * (NODE_WIDTH + GAP));
        double height = Math.max(cy - y + PADDING - GAP, HEADER + 2 * PADDING + NODE_HEIGHT);
        for (int i = 0; i < edge.size(); i++) {
            double ex = x + width - PADDING - (i + 1) * NODE_WIDTH - i * GAP;
            out.put(edge.get(i).id(), new Rect(ex, y - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT));
        }
        Rect box = new Rect(x, y, width, height);
        out.put(container.id(), box);
        return box;
    }

    /**
     * The lab's layout with an entry for every component: a lab with no layout is laid out in full;
     * a component missing from a partial layout goes into a free place of its container (or to the
     * right of the diagram).
     */
    public static Map<String, LayoutBox> complete(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Map<String, LayoutBox> given = lab.layout();
        boolean anyPlaced = lab.components().stream().anyMatch(c -> given.containsKey(c.id()));
        if (!anyPlaced) {
            return layout(lab);
        }
        boolean allPlaced = lab.components().stream().allMatch(c -> given.containsKey(c.id()));
        if (allPlaced) {
            return given;
        }
        Map<String, LayoutBox> result = new LinkedHashMap<>(given);
        Map<String, Rect> placed = new HashMap<>();
        for (Component c : lab.components()) {
            LayoutBox b = given.get(c.id());
            if (b != null) {
                placed.put(c.id(), Diagram.toRect(c, b));
            }
        }
        Map<String, String> parents = Containment.parents(lab);
        List<Component> missing =
                new ArrayList<>(
                        lab.components().stream().filter(c -> !given.containsKey(c.id())).toList());
        // Outer containers first, so their contents find them placed.
        missing.sort(
                (a, b) ->
                        Integer.compare(
                                Containment.depth(parents, a.id()),
                                Containment.depth(parents, b.id())));
        for (Component c : missing) {
            Rect r = freeSpot(c, Optional.ofNullable(parents.get(c.id())).map(placed::get), placed);
            placed.put(c.id(), r);
            result.put(c.id(), r.toLayout(Containment.isContainer(c.kind())));
        }
        return result;
    }

    /** A free rectangle for a component in its container (or beside the diagram). */
    static Rect freeSpot(Component c, Optional<Rect> container, Map<String, Rect> placed) {
        boolean box = Containment.isContainer(c.kind());
        double w = box ? Diagram.defaultWidth(c) * 0.6 : NODE_WIDTH;
        double h = box ? Diagram.defaultHeight(c) * 0.8 : NODE_HEIGHT;
        if (container.isPresent()) {
            Rect p = container.get();
            if (box) {
                w = Math.min(w, Math.max(40, p.width() - 2 * PADDING));
                h = Math.min(h, Math.max(40, p.height() - HEADER - 2 * PADDING));
            }
            for (double y = p.y() + HEADER + PADDING; y + h <= p.maxY() - PADDING + 0.01; y += 8) {
                for (double x = p.x() + PADDING; x + w <= p.maxX() - PADDING + 0.01; x += 8) {
                    Rect r = new Rect(x, y, w, h);
                    if (isFree(r, placed, p)) {
                        return r;
                    }
                }
            }
            // No room: stack it at the container's top-left; the user can make room.
            return new Rect(p.x() + PADDING, p.y() + HEADER + PADDING, w, h);
        }
        double right = placed.values().stream().mapToDouble(Rect::maxX).max().orElse(0) + 3 * GAP;
        double y = MARGIN;
        for (Rect r : placed.values()) {
            if (r.x() >= right - GAP) {
                y = Math.max(y, r.maxY() + GAP);
            }
        }
        return new Rect(right, y, w, h);
    }

    private static boolean isFree(Rect r, Map<String, Rect> placed, Rect container) {
        for (Rect other : placed.values()) {
            if (other != container && !other.contains(r) && other.intersects(r.inflate(4))) {
                return false;
            }
        }
        return true;
    }

    /** True for kinds AutoLayout draws on their VPC's edge. */
    public static boolean onEdge(ComponentKind kind) {
        return Containment.isOnVpcEdge(kind);
    }
}
