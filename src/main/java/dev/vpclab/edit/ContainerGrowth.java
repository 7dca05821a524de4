package dev.vpclab.edit;

import static dev.vpclab.edit.Diagram.HEADER;
import static dev.vpclab.edit.Diagram.PADDING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Making room in a full container for a dropped component: the container grows below or beside what
 * it holds (and its own containers with it), as long as it then overlaps none of its neighbours.
 */
final class ContainerGrowth {
    private ContainerGrowth() {}

    /**
     * The new component's box in {@code container}, with the grown containers put in {@code grown};
     * empty when growing would run into a neighbour.
     */
    static Optional<Rect> makeRoom(
            Diagram d, String container, Rect wanted, Map<String, Rect> grown) {
        Rect p = d.box(container).orElseThrow();
        Rect content = null;
        for (Map.Entry<String, String> e : d.parents().entrySet()) {
            if (e.getValue().equals(container)) {
                Rect b = d.box(e.getKey()).orElse(null);
                if (b != null && b.y() > p.y() + HEADER / 2) {
                    content = content == null ? b : content.union(b);
                }
            }
        }
        double left = p.x() + PADDING;
        double top = p.y() + HEADER + PADDING / 2;
        List<Rect> options = new ArrayList<>();
        if (content != null) {
            options.add(
                    new Rect(
                            left, content.maxY() + FreeSpots.GAP, wanted.width(), wanted.height()));
            options.add(
                    new Rect(content.maxX() + FreeSpots.GAP, top, wanted.width(), wanted.height()));
        }
        Rect best = null;
        Map<String, Rect> bestGrown = null;
        double bestArea = Double.MAX_VALUE;
        for (Rect box : options) {
            Map<String, Rect> g = new LinkedHashMap<>();
            Rect needed =
                    new Rect(box.x(), box.y(), box.width() + PADDING, box.height() + PADDING / 2);
            if (grow(d, container, needed, g)) {
                Rect np = g.get(container);
                double area = np.width() * np.height();
                if (area < bestArea) {
                    best = box;
                    bestGrown = g;
                    bestArea = area;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        grown.putAll(bestGrown);
        return Optional.of(best);
    }

    /** Grows {@code id} to hold {@code needed}, and its containers to hold it; false if blocked. */
    private static boolean grow(Diagram d, String id, Rect needed, Map<String, Rect> grown) {
        Rect now = grown.getOrDefault(id, d.box(id).orElseThrow());
        Rect bigger = now.union(needed);
        Optional<String> parent = d.parent(id);
        List<Rect> neighbours = new ArrayList<>();
        for (Map.Entry<String, Rect> e : d.boxes().entrySet()) {
            if (!e.getKey().equals(id)
                    && d.parent(e.getKey()).equals(parent)
                    && !d.lab()
                            .component(e.getKey())
                            .map(c -> Containment.isOnVpcEdge(c.kind()))
                            .orElse(false)) {
                neighbours.add(e.getValue());
            }
        }
        if (!FreeSpots.isFree(bigger, neighbours)) {
            return false;
        }
        grown.put(id, bigger);
        if (parent.isEmpty()) {
            return true;
        }
        Rect pp = d.box(parent.get()).orElseThrow();
        Rect interior =
                new Rect(
                        pp.x() + PADDING,
                        pp.y() + HEADER + PADDING / 2,
                        pp.width() - 2 * PADDING,
                        pp.height() - HEADER - PADDING);
        if (interior.contains(bigger)) {
            return true;
        }
        return grow(
                d,
                parent.get(),
                new Rect(
                        bigger.x(),
                        bigger.y(),
                        bigger.width() + PADDING,
                        bigger.height() + PADDING / 2),
                grown);
    }
}
