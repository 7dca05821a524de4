package dev.vpclab.bench;

import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.export.Graphics2DSurface;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Tracer;
import dev.vpclab.walk.Frame;
import dev.vpclab.walk.PacketWalk;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One frame of "play all" with 20 packets animating at once on a generated lab of 500 components
 * (its saved flows, repeated to 20). {@link #frames} is the view-model's work per frame: 20 {@link
 * PacketWalk#frameAt} calls. The app's overlay paints on a JavaFX canvas, which needs a running
 * toolkit, so {@link #framesAndPaint} paints the same shapes (each flow's lit outline and its
 * packet) through the software {@link Graphics2DSurface} into a 1920 x 1080 image instead, clearing
 * it first as the overlay does. Target: under 16 ms per frame (60 Hz).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WalkFrameBenchmark {
    private static final String[] COLOURS = {
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"
    };

    @Param({"500"})
    int components;

    @Param({"20"})
    int packets;

    private Diagram diagram;
    private final List<PacketWalk> walks = new ArrayList<>();
    private double longest;
    private double time;
    private BufferedImage image;
    private Graphics2D g;
    private Graphics2DSurface surface;

    @Setup(Level.Trial)
    public void setUp() {
        Lab lab = LabGenerator.generate(components, 42);
        if (lab.flows().isEmpty()) {
            throw new IllegalStateException("the generated lab has no flows");
        }
        diagram = Diagram.of(lab);
        PacketTracer tracer = Tracer.of(lab);
        for (int i = 0; i < packets; i++) {
            PacketWalk w =
                    PacketWalk.on(diagram, tracer.trace(lab.flows().get(i % lab.flows().size())));
            walks.add(w);
            longest = Math.max(longest, w.duration());
        }
        image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB_PRE);
        g = image.createGraphics();
        surface = new Graphics2DSurface(g, Graphics2DSurface.LOGICAL_SANS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        g.dispose();
    }

    /** The next frame's time: 1/60 s later, wrapping round the longest walk. */
    private double advance() {
        time += 1.0 / 60;
        if (time > longest) {
            time = 0;
        }
        return time;
    }

    @Benchmark
    public List<Frame> frames() {
        double t = advance();
        List<Frame> out = new ArrayList<>(walks.size());
        for (PacketWalk w : walks) {
            out.add(w.frameAt(t));
        }
        return out;
    }

    @Benchmark
    public BufferedImage framesAndPaint() {
        List<Frame> frames = frames();
        g.setBackground(new Color(0, 0, 0, 0));
        g.clearRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            String colour = COLOURS[i % COLOURS.length];
            Optional<Rect> box = diagram.box(f.highlightedComponent());
            box.ifPresent(
                    b ->
                            surface.rect(
                                    b.x() - 4,
                                    b.y() - 4,
                                    b.width() + 8,
                                    b.height() + 8,
                                    10,
                                    "",
                                    colour,
                                    3,
                                    f.dropped()));
            surface.dot(f.packetPosition().x(), f.packetPosition().y(), 8, colour);
        }
        return image;
    }
}
