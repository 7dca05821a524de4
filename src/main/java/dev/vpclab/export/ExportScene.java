package dev.vpclab.export;

import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.paint.DrawingSurface;
import dev.vpclab.paint.IconSet;
import dev.vpclab.paint.TextMeasure;
import dev.vpclab.paint.TracePainter;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The picture an export paints: the lab's diagram (or the selected part of it), the trace's badges
 * and legend when the options carry a trace, and the background, in an area sized to the content
 * plus a margin. The vector and image exporters all paint a scene, so they show the same picture;
 * an export dialog can paint one on the screen as its preview.
 */
public final class ExportScene {
    /** Space around the content, in lab units. */
    public static final double MARGIN = 24;

    private static final double LEGEND_GAP = 24;

    private final Diagram diagram;
    private final ExportOptions options;
    private final Predicate<String> included;
    private final Rect area;
    private final Optional<TracePainter> trace;
    private final double legendX;
    private final double legendY;

    private ExportScene(Lab lab, ExportOptions options, TextMeasure measure) {
        this.diagram = Diagram.of(lab);
        this.options = options;
        Set<String> selection = options.selection();
        Set<String> unknown = new TreeSet<>();
        for (String id : selection) {
            if (lab.component(id).isEmpty()) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not in the lab: " + String.join(", ", unknown));
        }
        if (selection.isEmpty()) {
            this.included = id -> true;
        } else {
            Set<String> ids = new HashSet<>(selection);
            ids.addAll(Containment.descendants(lab, selection));
            this.included = ids::contains;
        }
        Rect content = null;
        for (var e : diagram.boxes().entrySet()) {
            if (included.test(e.getKey())) {
                content = content == null ? e.getValue() : content.union(e.getValue());
            }
        }
        if (content == null) {
            content = new Rect(0, 0, 160, 80); // an empty lab still makes a small, valid picture
        }
        this.trace = options.trace().map(t -> new TracePainter(t, options.locale(), measure));
        this.legendX = content.x();
        this.legendY = content.maxY() + LEGEND_GAP;
        Rect all = content;
        if (trace.isPresent()) {
            all = all.union(trace.get().legendBox(legendX, legendY));
            Rect badges = trace.get().badgeBounds(diagram);
            if (badges.width() > 0 && content.intersects(badges)) {
                all = all.union(badges);
            }
        }
        this.area = all.inflate(MARGIN);
    }

    /**
     * The scene of a lab with these options, its legend laid out in the installed face the PNG, GIF
     * and SVG exports draw with.
     */
    public static ExportScene of(Lab lab, ExportOptions options) {
        return of(lab, options, AwtTextMeasure.installed());
    }

    /**
     * The scene of a lab with these options, its legend laid out in the widths of {@code measure}.
     */
    public static ExportScene of(Lab lab, ExportOptions options, TextMeasure measure) {
        return new ExportScene(
                Objects.requireNonNull(lab, "lab"),
                Objects.requireNonNull(options, "options"),
                Objects.requireNonNull(measure, "measure"));
    }

    /** The area the export shows, in lab coordinates: its size is the picture's size at 1x. */
    public Rect area() {
        return area;
    }

    public Diagram diagram() {
        return diagram;
    }

    public ExportOptions options() {
        return options;
    }

    /** Whether a component is part of the export (always, without a selection). */
    public boolean includes(String id) {
        return included.test(id);
    }

    /** The legend's lines, when the export shows a trace. */
    public Optional<TracePainter> trace() {
        return trace;
    }

    /** Paints the background, the diagram and the trace, in lab coordinates. */
    public void paint(DrawingSurface s) {
        Objects.requireNonNull(s, "surface");
        if (options.background() == ExportOptions.Background.WHITE) {
            s.rect(
                    area.x(),
                    area.y(),
                    area.width(),
                    area.height(),
                    0,
                    options.style().background(),
                    "",
                    0,
                    false);
        }
        DiagramPainter painter = new DiagramPainter(IconSet.shared());
        // Sub-labels ("2 routes", the Region's "Region") in the export's language.
        if (!options.locale().getLanguage().isEmpty()) {
            painter.setLocale(options.locale());
        }
        painter.paint(diagram, DiagramPainter.Overlay.none(), options.style(), area, included, s);
        trace.ifPresent(t -> t.paint(diagram, options.style(), legendX, legendY, s));
    }
}
