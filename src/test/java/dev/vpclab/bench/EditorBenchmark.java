package dev.vpclab.bench;

import dev.vpclab.edit.AutoLayout;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Rect;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.DiagramPainter;
import dev.vpclab.paint.DrawingSurface;
import dev.vpclab.paint.IconSet;
import dev.vpclab.paint.PaintStyle;
import dev.vpclab.paint.TextMeasure;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The editor's work per frame while a component is dragged, without the toolkit: the move preview
 * (a new lab with the moved layout), its diagram, and painting the visible part through a drawing
 * surface that only counts. Target: well under 16 ms at 1,000 components, leaving the rest of the
 * frame to the canvas. Also: laying out a lab that has no layout (what opening a hand-written lab
 * costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EditorBenchmark {
    @Param({"1000", "10000"})
    int components;

    private Lab lab;
    private String dragged;
    private int step;
    private final DiagramPainter painter = new DiagramPainter(IconSet.shared());
    private final Rect visible = new Rect(0, 0, 1400, 900);

    @Setup(Level.Trial)
    public void setUp() {
        Lab generated = LabGenerator.generate(components, 42);
        lab = generated.withLayout(AutoLayout.layout(generated));
        Diagram d = Diagram.of(lab);
        // Drag an instance in view, as a user would.
        dragged =
                d.visibleIn(visible).stream()
                        .filter(id -> id.startsWith("i-"))
                        .findFirst()
                        .orElse(d.paintOrder().get(d.paintOrder().size() - 1));
    }

    @Benchmark
    public int dragFrame() {
        step = (step + 1) % 8;
        Lab preview = LayoutEdits.preview(lab, Set.of(dragged), step, 0);
        Diagram d = Diagram.of(preview);
        Counter counter = new Counter();
        painter.paint(d, DiagramPainter.Overlay.none(), PaintStyle.LIGHT, visible, counter);
        return counter.count;
    }

    @Benchmark
    public Diagram openLayout() {
        return Diagram.of(lab.withLayout(Map.of()));
    }

    /** A surface that only counts what it is asked to draw. */
    static final class Counter implements DrawingSurface {
        int count;
        private final TextMeasure measure = TextMeasure.estimate();

        @Override
        public double width(String text, double size, boolean bold) {
            return measure.width(text, size, bold);
        }

        @Override
        public void rect(
                double x,
                double y,
                double w,
                double h,
                double arc,
                String fill,
                String stroke,
                double lineWidth,
                boolean dashed) {
            count++;
        }

        @Override
        public void line(
                double x1,
                double y1,
                double x2,
                double y2,
                String stroke,
                double lineWidth,
                boolean dashed) {
            count++;
        }

        @Override
        public void text(
                String text,
                double x,
                double y,
                double size,
                boolean bold,
                String color,
                boolean centred) {
            count++;
        }

        @Override
        public void icon(String pathData, double x, double y, double size, String color) {
            count++;
        }

        @Override
        public void dot(double cx, double cy, double radius, String fill) {
            count++;
        }
    }
}
