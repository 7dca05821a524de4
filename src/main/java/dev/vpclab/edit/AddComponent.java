package dev.vpclab.edit;

import static dev.vpclab.edit.Diagram.HEADER;
import static dev.vpclab.edit.Diagram.NODE_HEIGHT;
import static dev.vpclab.edit.Diagram.NODE_WIDTH;
import static dev.vpclab.edit.Diagram.PADDING;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adding a component by dropping it on the canvas: checks where it may go, fills in the fields the
 * AWS console would propose ({@link NewComponents}) and places it at the pointer, inside its
 * container.
 */
public final class AddComponent {
    private AddComponent() {}

    /**
     * The edit that adds a component of {@code kind} centred at {@code at} in {@code container}
     * (empty: the bare canvas), or the reason it cannot go there.
     */
    public static EditAttempt attempt(
            Lab lab, ComponentKind kind, Point at, Optional<String> container) {
        return attempt(lab, kind, at, container, Optional.empty());
    }

    /**
     * The same, placed where it lands on nothing else: at the pointer when that spot is free, else
     * at the nearest free spot in its container. A component on the bare canvas is kept inside
     * {@code view} (the part of the diagram on screen) when it fits there.
     */
    public static EditAttempt attempt(
            Lab lab,
            ComponentKind kind,
            Point at,
            Optional<String> container,
            Optional<Rect> view) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(container, "container");
        Optional<Message> refusal = Containment.refusal(lab, kind, container);
        if (refusal.isPresent()) {
            return new EditAttempt.Refused(refusal.get());
        }
        NewComponents.Draft draft = NewComponents.create(lab, kind, container);
        if (draft.refusal().isPresent()) {
            return new EditAttempt.Refused(draft.refusal().get());
        }
        Diagram diagram = Diagram.of(lab);
        Component main = draft.components().get(0);
        Rect wanted = mainBox(main, at, container.flatMap(diagram::box));
        Optional<Rect> free = freeBox(diagram, main, wanted, container, view);
        Map<String, Rect> grown = new LinkedHashMap<>();
        if (free.isEmpty() && container.isPresent() && !Containment.isOnVpcEdge(kind)) {
            // A full container grows to take the new one, below or beside what it holds.
            free = ContainerGrowth.makeRoom(diagram, container.get(), wanted, grown);
        }
        if (free.isEmpty()) {
            return EditAttempt.refused("drop.noRoom", container.orElse(""));
        }
        Rect box = free.get();
        Message label = Message.of("edit.add." + kind.fileName());
        return EditGuard.guard(
                lab,
                EditAttempt.allowed(
                        LabEdit.of(label, l -> place(l, draft, box, grown, container))));
    }

    /**
     * Where a component dropped at {@code at} goes: the innermost container under the pointer that
     * may hold it, else the nearest enclosing one that may (a subnet dropped on a subnet goes into
     * their VPC); the innermost one when none may, so that its refusal is the one shown.
     */
    public static Optional<String> containerFor(Diagram d, ComponentKind kind, Point at) {
        Optional<String> innermost = d.containerAt(at, java.util.Set.of());
        Optional<String> c = innermost;
        while (true) {
            if (Containment.refusal(d.lab(), kind, c).isEmpty()) {
                return c;
            }
            if (c.isEmpty()) {
                return innermost;
            }
            c = d.parent(c.get());
        }
    }

    /** The id a new component of this kind would get in the lab. */
    public static String newId(Lab lab, ComponentKind kind) {
        return Ids.fresh(kind, Ids.taken(lab));
    }

    private static Lab place(
            Lab lab,
            NewComponents.Draft draft,
            Rect box,
            Map<String, Rect> grown,
            Optional<String> container) {
        Diagram diagram = Diagram.of(lab);
        List<Component> components = new ArrayList<>(lab.components());
        components.addAll(draft.components());
        Map<String, LayoutBox> layout = new LinkedHashMap<>(AutoLayout.complete(lab));
        grown.forEach((id, r) -> layout.put(id, r.toLayout(true)));
        Component main = draft.components().get(0);
        layout.put(main.id(), box.toLayout(Containment.isContainer(main.kind())));
        // The companions (a VPC's main route table, default ACL and security group) go along
        // the bottom of the new box; other companions (a prefix list) beside the diagram.
        Map<String, Rect> placed = new LinkedHashMap<>(diagram.boxes());
        placed.putAll(grown);
        placed.put(main.id(), box);
        int inside = 0;
        for (Component extra : draft.components().subList(1, draft.components().size())) {
            Rect r;
            if (Containment.parentOf(extra).filter(main.id()::equals).isPresent()) {
                r =
                        new Rect(
                                box.x() + PADDING + inside * (NODE_WIDTH + AutoLayout.GAP),
                                box.maxY() - PADDING - NODE_HEIGHT,
                                NODE_WIDTH,
                                NODE_HEIGHT);
                inside++;
            } else {
                r = AutoLayout.freeSpot(extra, Optional.empty(), placed);
            }
            placed.put(extra.id(), r);
            layout.put(extra.id(), r.toLayout(Containment.isContainer(extra.kind())));
        }
        return lab.withComponents(components).withLayout(layout);
    }

    /**
     * Moves the wanted box off the components already in the same container (a subnet among the
     * VPC's subnets, an instance among the subnet's instances); empty when its container has no
     * room left.
     */
    static Optional<Rect> freeBox(
            Diagram d, Component c, Rect wanted, Optional<String> container, Optional<Rect> view) {
        boolean onEdge = Containment.isOnVpcEdge(c.kind());
        List<Rect> siblings = new ArrayList<>();
        for (Map.Entry<String, Rect> e : d.boxes().entrySet()) {
            boolean sibling = d.parent(e.getKey()).equals(container);
            boolean sameRow =
                    container.isEmpty()
                            || onEdge
                                    == d.lab()
                                            .component(e.getKey())
                                            .map(o -> Containment.isOnVpcEdge(o.kind()))
                                            .orElse(false);
            if (sibling && sameRow) {
                siblings.add(e.getValue());
            }
        }
        Optional<Rect> parent = container.flatMap(d::box);
        if (parent.isPresent()) {
            Rect p = parent.get();
            Rect area =
                    onEdge
                            ? new Rect(p.x(), wanted.y(), p.width(), wanted.height())
                            : new Rect(
                                    p.x() + PADDING,
                                    p.y() + HEADER + PADDING / 2,
                                    p.width() - 2 * PADDING,
                                    p.height() - HEADER - PADDING);
            return FreeSpots.nearest(wanted, area, siblings);
        }
        // On the bare canvas the pointer wins when its spot is free and wholly on screen; a spot
        // that runs off the screen's edge is pulled into view (with a margin), else anywhere free.
        if (view.map(v -> v.contains(wanted)).orElse(true) && FreeSpots.isFree(wanted, siblings)) {
            return Optional.of(wanted);
        }
        Optional<Rect> inView =
                view.map(v -> v.inflate(-PADDING))
                        .flatMap(v -> FreeSpots.nearest(wanted, v, siblings));
        if (inView.isEmpty()) {
            // A small view: fill it edge to edge rather than leave the new box half off screen.
            inView = view.flatMap(v -> FreeSpots.nearest(wanted, v, siblings));
        }
        if (inView.isPresent()) {
            return inView;
        }
        double far = 1_000_000;
        return FreeSpots.nearest(wanted, new Rect(-far, -far, 2 * far, 2 * far), siblings);
    }

    /** The new component's box: centred at the pointer, kept inside its container. */
    static Rect mainBox(Component c, Point at, Optional<Rect> parent) {
        boolean container = Containment.isContainer(c.kind());
        double w = container ? Diagram.defaultWidth(c) : NODE_WIDTH;
        double h = container ? Diagram.defaultHeight(c) : NODE_HEIGHT;
        if (parent.isPresent() && container) {
            w = Math.min(w, Math.max(60, parent.get().width() - 2 * PADDING));
            h = Math.min(h, Math.max(60, parent.get().height() - HEADER - 2 * PADDING));
        }
        double x = at.x() - w / 2;
        double y = at.y() - h / 2;
        if (parent.isPresent()) {
            Rect p = parent.get();
            if (Containment.isOnVpcEdge(c.kind())) {
                // Gateways sit astride the top edge of their VPC, as in AWS diagrams.
                y = p.y() - h / 2;
                x = clamp(x, p.x(), p.maxX() - w);
            } else {
                x = clamp(x, p.x() + PADDING, p.maxX() - PADDING - w);
                y = clamp(y, p.y() + HEADER + PADDING / 2, p.maxY() - PADDING / 2 - h);
            }
        }
        return new Rect(snap(x), snap(y), w, h);
    }

    static double clamp(double v, double lo, double hi) {
        return hi < lo ? lo : Math.max(lo, Math.min(hi, v));
    }

    private static double snap(double v) {
        return Math.round(v);
    }
}
