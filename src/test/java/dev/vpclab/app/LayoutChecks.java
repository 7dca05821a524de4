package dev.vpclab.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a person would see as broken layout: cut labels ("...") and text outside its box. */
public final class LayoutChecks {
    private LayoutChecks() {}

    /**
     * The labels under {@code root} that do not show their whole text: the skin's text node shows
     * less (an ellipsis) or the label is shorter than its text needs at its width.
     */
    public static List<String> truncatedLabels(Parent root) {
        List<String> faults = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            collect(n, faults);
        }
        for (Node n : root.lookupAll(".button")) {
            collect(n, faults);
        }
        return faults;
    }

    private static void collect(Node n, List<String> faults) {
        if (!(n instanceof Labeled l) || !l.isVisible() || l.getText() == null) {
            return;
        }
        Node inner = l.lookup(".text");
        String shown = inner instanceof Text t ? t.getText() : null;
        if (shown == null || !shown.replace("\n", " ").strip().equals(flat(l.getText()))) {
            faults.add("'" + l.getText() + "' shows '" + shown + "'");
            return;
        }
        double needed = l.prefHeight(l.getWidth());
        if (l.getHeight() + 0.5 < needed) {
            faults.add("'" + l.getText() + "' is " + l.getHeight() + " px high, needs " + needed);
        }
        Bounds b = l.localToScene(l.getLayoutBounds());
        Bounds r = ((Node) l.getParent()).localToScene(l.getParent().getLayoutBounds());
        if (b.getMaxY() > r.getMaxY() + 0.5 || b.getMaxX() > r.getMaxX() + 0.5) {
            faults.add("'" + l.getText() + "' spills out of its card");
        }
    }

    private static String flat(String s) {
        return s.replace("\n", " ").strip();
    }

    /** Whether {@code inner} lies wholly inside {@code outer}, both in scene coordinates. */
    public static boolean inside(Node inner, Node outer) {
        Bounds a = inner.localToScene(inner.getLayoutBounds());
        Bounds b = outer.localToScene(outer.getLayoutBounds());
        return a.getMinX() >= b.getMinX() - 0.5
                && a.getMinY() >= b.getMinY() - 0.5
                && a.getMaxX() <= b.getMaxX() + 0.5
                && a.getMaxY() <= b.getMaxY() + 0.5;
    }
}
