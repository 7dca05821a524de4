package dev.vpclab.edit;

import static dev.vpclab.edit.Diagram.HEADER;
import static dev.vpclab.edit.Diagram.PADDING;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Edits of the layout: moving (a container takes its contents along), resizing (a container never
 * gets smaller than its contents nor leaves its own container), align and distribute. Moves that
 * would take a component out of its container, or put a service inside a VPC, are refused with the
 * reason.
 */
public final class LayoutEdits {
    private LayoutEdits() {}

    /** Ways to line up the selection. */
    public enum Alignment {
        LEFT,
        CENTER,
        RIGHT,
        TOP,
        MIDDLE,
        BOTTOM
    }

    /** Moves the components (and everything inside them) by {@code dx, dy}. */
    public static EditAttempt move(Lab lab, Set<String> ids, double dx, double dy) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(ids, "ids");
        Diagram d = Diagram.of(lab);
        Set<String> moved = new LinkedHashSet<>();
        for (String id : ids) {
            if (d.box(id).isPresent()) {
                moved.add(id);
            }
        }
        if (moved.isEmpty()) {
            return EditAttempt.refused("move.nothing");
        }
        Set<String> all = new LinkedHashSet<>(moved);
        all.addAll(Containment.descendants(lab, moved));
        all.addAll(d.framedBy(moved));
        for (String id : moved) {
            Optional<Message> refusal =
                    placementRefusal(lab, d, id, d.box(id).get().translate(dx, dy), all);
            if (refusal.isPresent()) {
                return new EditAttempt.Refused(refusal.get());
            }
        }
        Message label = moveLabel(lab, moved);
        return EditAttempt.allowed(
                LabEdit.of(
                        label,
                        l -> {
                            Diagram ld = Diagram.of(l);
                            Map<String, LayoutBox> layout =
                                    new LinkedHashMap<>(AutoLayout.complete(l));
                            for (String id : all) {
                                ld.box(id)
                                        .ifPresent(
                                                r ->
                                                        layout.put(
                                                                id,
                                                                layoutOf(
                                                                        l,
                                                                        id,
                                                                        r.translate(dx, dy))));
                            }
                            return l.withLayout(layout);
                        }));
    }

    /** The same move, without the checks: what the canvas shows while the mouse is down. */
    public static Lab preview(Lab lab, Set<String> ids, double dx, double dy) {
        Diagram d = Diagram.of(lab);
        Set<String> all = new LinkedHashSet<>(ids);
        all.addAll(Containment.descendants(lab, ids));
        all.addAll(d.framedBy(ids));
        Map<String, LayoutBox> layout = new LinkedHashMap<>(AutoLayout.complete(lab));
        for (String id : all) {
            d.box(id).ifPresent(r -> layout.put(id, layoutOf(lab, id, r.translate(dx, dy))));
        }
        return lab.withLayout(layout);
    }

    private static Message moveLabel(Lab lab, Set<String> ids) {
        if (ids.size() == 1) {
            return lab.component(ids.iterator().next())
                    .map(c -> Message.of("edit.move." + c.kind().fileName()))
                    .orElse(Message.of("edit.move.many", 1));
        }
        return Message.of("edit.move.many", ids.size());
    }

    private static LayoutBox layoutOf(Lab lab, String id, Rect r) {
        boolean container =
                lab.component(id).map(c -> Containment.isContainer(c.kind())).orElse(false);
        return r.toLayout(container);
    }

    /** Why the component may not sit at {@code target}, if AWS would not have it there. */
    static Optional<Message> placementRefusal(
            Lab lab, Diagram d, String id, Rect target, Set<String> moving) {
        Component c = lab.component(id).orElseThrow();
        Optional<String> parent = d.parent(id);
        if (parent.isPresent() && !moving.contains(parent.get())) {
            Rect p = d.box(parent.get()).orElseThrow();
            boolean ok =
                    Containment.isOnVpcEdge(c.kind())
                            ? p.intersects(target)
                            : p.contains(target.center()) && p.inflate(1).contains(target);
            if (!ok) {
                return Optional.of(Message.of("move.staysInside", id, parent.get()));
            }
            return Optional.empty();
        }
        if (parent.isEmpty() && !Containment.isContainer(c.kind())) {
            // Something that lives outside every VPC must not be dropped into one.
            Optional<String> under = d.containerAt(target.center(), moving);
            if (under.isPresent()) {
                return Optional.of(Message.of("drop.outside", c.kind().fileName()));
            }
        }
        return Optional.empty();
    }

    /**
     * The box a container may take when the user drags a handle to {@code proposed}: never smaller
     * than what is inside it, never out of its own container.
     */
    public static Rect constrainResize(Lab lab, String id, Rect proposed) {
        Diagram d = Diagram.of(lab);
        Rect r = proposed;
        double minW = 60;
        double minH = HEADER + 20;
        Optional<Rect> content = Optional.empty();
        for (Map.Entry<String, String> e : d.parents().entrySet()) {
            if (e.getValue().equals(id)) {
                Component child = lab.component(e.getKey()).orElseThrow();
                if (!Containment.isOnVpcEdge(child.kind())) {
                    Rect b = d.box(e.getKey()).orElseThrow();
                    content = Optional.of(content.map(b::union).orElse(b));
                }
            }
        }
        double x = r.x();
        double y = r.y();
        double maxX = Math.max(r.maxX(), x + minW);
        double maxY = Math.max(r.maxY(), y + minH);
        if (content.isPresent()) {
            Rect c = content.get();
            x = Math.min(x, c.x() - PADDING);
            y = Math.min(y, c.y() - HEADER - PADDING / 2);
            maxX = Math.max(maxX, c.maxX() + PADDING);
            maxY = Math.max(maxY, c.maxY() + PADDING / 2);
        }
        Optional<Rect> parent = d.parent(id).flatMap(d::box);
        if (parent.isPresent()) {
            Rect p = parent.get();
            x = Math.max(x, p.x() + 1);
            y = Math.max(y, p.y() + HEADER);
            maxX = Math.min(maxX, p.maxX() - 1);
            maxY = Math.min(maxY, p.maxY() - 1);
        }
        // The growing edges stop short of a neighbour: a resize never covers another component.
        Rect start = d.box(id).orElseThrow();
        double floorX = content.map(c -> c.maxX() + PADDING).orElse(x + minW);
        double floorY = content.map(c -> c.maxY() + PADDING / 2).orElse(y + minH);
        for (Rect o : neighbours(d, id)) {
            Rect now = new Rect(x, y, Math.max(1, maxX - x), Math.max(1, maxY - y));
            if (FreeSpots.isFree(now, List.of(o)) || !FreeSpots.isFree(start, List.of(o))) {
                // Clear of it, or already touching it before the drag (an old layout): leave it.
                continue;
            }
            double cutX = Math.max(floorX, o.x() - FreeSpots.GAP);
            double cutY = Math.max(floorY, o.y() - FreeSpots.GAP);
            boolean beside = o.y() < start.maxY() + FreeSpots.GAP && o.maxY() > start.y();
            boolean below = o.x() < start.maxX() + FreeSpots.GAP && o.maxX() > start.x();
            if (beside && !below) {
                maxX = Math.min(maxX, cutX);
            } else if (below && !beside) {
                maxY = Math.min(maxY, cutY);
            } else if ((cutX - x) * (maxY - y) >= (maxX - x) * (cutY - y)) {
                // Diagonally off the corner: give up the side that loses less.
                maxX = Math.min(maxX, cutX);
            } else {
                maxY = Math.min(maxY, cutY);
            }
        }
        return new Rect(x, y, Math.max(1, maxX - x), Math.max(1, maxY - y));
    }

    /**
     * What a container's resize must not run into: the other components in its own container, and
     * the gateways that sit astride those of them that are VPCs.
     */
    private static List<Rect> neighbours(Diagram d, String id) {
        Optional<String> parent = d.parent(id);
        List<Rect> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Rect> e : d.boxes().entrySet()) {
            String other = e.getKey();
            if (other.equals(id)) {
                continue;
            }
            Optional<String> op = d.parent(other);
            boolean sibling = op.equals(parent);
            boolean onSiblingEdge =
                    op.isPresent()
                            && !op.get().equals(id)
                            && d.parent(op.get()).equals(parent)
                            && d.lab()
                                    .component(other)
                                    .map(c -> Containment.isOnVpcEdge(c.kind()))
                                    .orElse(false);
            if (sibling || onSiblingEdge) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** Resizes a container, kept around its contents and inside its own container. */
    public static EditAttempt resize(Lab lab, String id, Rect proposed) {
        Component c = lab.component(id).orElse(null);
        if (c == null || !Containment.isContainer(c.kind())) {
            return EditAttempt.refused("resize.notContainer", id);
        }
        Rect r = constrainResize(lab, id, proposed);
        return EditAttempt.allowed(
                LabEdit.of(
                        Message.of("edit.resize." + c.kind().fileName()),
                        l -> {
                            Map<String, LayoutBox> layout =
                                    new LinkedHashMap<>(AutoLayout.complete(l));
                            layout.put(id, r.toLayout(true));
                            return l.withLayout(layout);
                        }));
    }

    /** Lines the components up on the first one's edge or centre line. */
    public static LabEdit align(Lab lab, List<String> ids, Alignment how) {
        Objects.requireNonNull(how, "how");
        return LabEdit.of(
                Message.of("edit.align"),
                l -> {
                    Diagram d = Diagram.of(l);
                    List<String> present = ids.stream().filter(i -> d.box(i).isPresent()).toList();
                    if (present.size() < 2) {
                        return l;
                    }
                    Rect ref = d.box(present.get(0)).orElseThrow();
                    Lab out = l;
                    for (String id : present.subList(1, present.size())) {
                        Rect r = d.box(id).orElseThrow();
                        double dx = 0;
                        double dy = 0;
                        switch (how) {
                            case LEFT -> dx = ref.x() - r.x();
                            case CENTER -> dx = ref.center().x() - r.center().x();
                            case RIGHT -> dx = ref.maxX() - r.maxX();
                            case TOP -> dy = ref.y() - r.y();
                            case MIDDLE -> dy = ref.center().y() - r.center().y();
                            case BOTTOM -> dy = ref.maxY() - r.maxY();
                        }
                        out = moveIfAllowed(out, id, dx, dy);
                    }
                    return out;
                });
    }

    /** Spaces three or more components evenly between the outermost two. */
    public static LabEdit distribute(Lab lab, List<String> ids, boolean horizontally) {
        return LabEdit.of(
                Message.of("edit.distribute"),
                l -> {
                    Diagram d = Diagram.of(l);
                    List<String> present =
                            ids.stream()
                                    .filter(i -> d.box(i).isPresent())
                                    .sorted(
                                            Comparator.comparingDouble(
                                                    i ->
                                                            horizontally
                                                                    ? d.box(i).get().center().x()
                                                                    : d.box(i).get().center().y()))
                                    .toList();
                    if (present.size() < 3) {
                        return l;
                    }
                    Point first = d.box(present.get(0)).get().center();
                    Point last = d.box(present.get(present.size() - 1)).get().center();
                    int n = present.size() - 1;
                    Lab out = l;
                    for (int i = 1; i < n; i++) {
                        Point c = d.box(present.get(i)).get().center();
                        double dx =
                                horizontally
                                        ? first.x() + (last.x() - first.x()) * i / n - c.x()
                                        : 0;
                        double dy =
                                horizontally
                                        ? 0
                                        : first.y() + (last.y() - first.y()) * i / n - c.y();
                        out = moveIfAllowed(out, present.get(i), dx, dy);
                    }
                    return out;
                });
    }

    private static Lab moveIfAllowed(Lab lab, String id, double dx, double dy) {
        return move(lab, Set.of(id), dx, dy).allowedEdit().map(e -> e.apply(lab)).orElse(lab);
    }
}
