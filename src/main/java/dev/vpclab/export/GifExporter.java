package dev.vpclab.export;

import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.PacketFramePainter;
import dev.vpclab.routing.Trace;
import dev.vpclab.walk.PacketWalk;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the packet walk of the options' trace as a looping animated GIF. Every frame is computed
 * from the walk's pure function of time ({@link PacketWalk#frameAt}) and painted by the same
 * painters as the canvas: the diagram once, then the packet, the lit-up component and the card on a
 * copy of it. No screen capture, so the frames are the same on every machine. Frames are written as
 * they are painted: only the rectangle that changed, identical frames merged into a longer delay,
 * in a palette fitted to the picture; a big lab is cropped to the part the flow crosses.
 */
public final class GifExporter implements Exporter {
    /** At most this many frames, whatever the walk's length. */
    public static final int MAX_FRAMES = 600;

    /** At most this many pixels a frame: three frame buffers stay well inside a small heap. */
    static final double MAX_PIXELS = 6_000_000;

    /** Lab units of context kept around the flow's components when a big lab is cropped. */
    static final double CONTEXT_MARGIN = 160;

    /** Frames sampled to fit the palette to what the walk paints. */
    private static final int PALETTE_SAMPLES = 8;

    private final int framesPerSecond;
    private final double speed;

    /** Eight frames a second at normal speed. */
    public GifExporter() {
        this(8, 1.0);
    }

    /**
     * @param framesPerSecond frames per second of the GIF (1 to 25)
     * @param speed how much faster than the walk's own pace (0.25 to 8)
     */
    public GifExporter(int framesPerSecond, double speed) {
        if (framesPerSecond < 1 || framesPerSecond > 25) {
            throw new IllegalArgumentException(
                    "frames per second must be 1 to 25: " + framesPerSecond);
        }
        if (!(speed >= 0.25 && speed <= 8)) {
            throw new IllegalArgumentException("speed must be 0.25 to 8: " + speed);
        }
        this.framesPerSecond = framesPerSecond;
        this.speed = speed;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.GIF;
    }

    @Override
    public void write(Lab lab, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        Render render = new Render(lab, options);
        GifPalette palette = render.palette();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            GifFrameSink sink = new GifFrameSink(writer, palette, render.width, render.height);
            int delay = Math.max(2, Math.round(100f / framesPerSecond)); // hundredths of a second
            for (int i = 0; i < render.count; i++) {
                sink.add(render.frame(i), delay);
                progress.worked((i + 1.0) / render.count);
            }
            sink.finish();
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The frames of the animation, full size, before they are merged and cropped to changes. */
    public List<BufferedImage> frames(Lab lab, ExportOptions options, ExportProgress progress) {
        Render render = new Render(lab, options);
        List<BufferedImage> frames = new ArrayList<>(render.count);
        for (int i = 0; i < render.count; i++) {
            BufferedImage frame = render.frame(i);
            BufferedImage copy =
                    new BufferedImage(frame.getWidth(), frame.getHeight(), frame.getType());
            copy.setData(frame.getRaster());
            frames.add(copy);
            progress.worked((i + 1.0) / render.count);
        }
        return frames;
    }

    /**
     * The picture's area: the whole scene, or for a big lab the part the flow crosses with a margin
     * of context around it, so that the animation shows the packet at a readable size.
     */
    static Rect animatedArea(ExportScene scene, Trace trace, double tallestCard) {
        Rect whole = scene.area();
        Rect path = null;
        for (String id : trace.pathIds()) {
            Rect box = scene.diagram().box(id).orElse(null);
            if (box != null) {
                path = path == null ? box : path.union(box);
            }
        }
        Rect shown = whole;
        if (path != null) {
            Rect around = path.inflate(CONTEXT_MARGIN);
            if (around.width() * around.height() < whole.width() * whole.height() / 2) {
                shown = clip(around, whole);
            }
        }
        // The cards are placed inside the picture (left of a component near the right edge), so
        // the picture is the drawing plus its margin; only a picture smaller than a card grows.
        double gap = 2 * PacketFramePainter.CARD_GAP;
        return new Rect(
                shown.x(),
                shown.y(),
                Math.max(shown.width(), PacketFramePainter.CARD_WIDTH + gap),
                Math.max(shown.height(), tallestCard + gap));
    }

    /** The height of the tallest card the walk shows. */
    static double tallestCard(PacketWalk walk, PacketFramePainter painter) {
        double tallest = 0;
        for (int i = 0; i < walk.hopCount(); i++) {
            var card = walk.frameAt(walk.timeOfHop(i)).card();
            if (card.isPresent()) {
                tallest = Math.max(tallest, painter.cardHeight(card.get()));
            }
        }
        return tallest;
    }

    private static Rect clip(Rect r, Rect bounds) {
        double x = Math.max(r.x(), bounds.x());
        double y = Math.max(r.y(), bounds.y());
        double maxX = Math.min(r.maxX(), bounds.maxX());
        double maxY = Math.min(r.maxY(), bounds.maxY());
        return new Rect(x, y, Math.max(1, maxX - x), Math.max(1, maxY - y));
    }

    /**
     * The pixels per lab unit the GIF of this lab is drawn at: the options' scale, unless the frame
     * would pass {@link #MAX_PIXELS} (or a PNG's limits); then less.
     */
    public static double scaleUsed(Lab lab, ExportOptions options) {
        return new Layout(lab, options).scale;
    }

    /** Where an animation's frame is and at what scale, worked out before anything is painted. */
    private static final class Layout {
        final ExportScene scene;
        final PacketWalk walk;
        final Rect area;
        final double scale;

        Layout(Lab lab, ExportOptions options) {
            Trace trace =
                    options.trace()
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "an animated GIF shows a flow: choose one to"
                                                            + " trace"));
            scene = ExportScene.of(lab, options.withBackground(ExportOptions.Background.WHITE));
            walk = PacketWalk.on(scene.diagram(), trace);
            double tallest =
                    tallestCard(
                            walk,
                            new PacketFramePainter(
                                    scene.diagram()::box, options.style(), options.locale()));
            area = animatedArea(scene, trace, tallest);
            double s = PngExporter.scaleFor(area, options.scale());
            double pixels = area.width() * area.height() * s * s;
            if (pixels > MAX_PIXELS) {
                s = Math.sqrt(MAX_PIXELS / (area.width() * area.height()));
            }
            scale = s;
        }
    }

    /** One animation's painters and its reusable frame buffer; frames are painted one at a time. */
    private final class Render {
        final int count;
        final int width;
        final int height;
        private final Rect area;
        private final double scale;
        private final BufferedImage base;
        private final BufferedImage current;
        private final PacketWalk walk;
        private final PacketFramePainter painter;

        Render(Lab lab, ExportOptions options) {
            Layout layout = new Layout(lab, options);
            ExportScene scene = layout.scene;
            walk = layout.walk;
            area = layout.area;
            scale = layout.scale;
            width = Math.max(1, (int) Math.ceil(area.width() * scale));
            height = Math.max(1, (int) Math.ceil(area.height() * scale));
            base = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            current = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = base.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.scale(scale, scale);
                g.translate(-area.x(), -area.y());
                scene.paint(new Graphics2DSurface(g, Graphics2DSurface.installedFamily()));
            } finally {
                g.dispose();
            }
            painter =
                    new PacketFramePainter(
                            scene.diagram()::box,
                            options.style(),
                            options.locale(),
                            java.util.Optional.of(area));
            count = frameCount(walk.duration());
        }

        /** Frame {@code i}, painted into the shared buffer (valid until the next call). */
        BufferedImage frame(int i) {
            double t = i * speed / framesPerSecond;
            Graphics2D g = current.createGraphics();
            try {
                g.drawImage(base, 0, 0, null);
                g.scale(scale, scale);
                g.translate(-area.x(), -area.y());
                painter.paint(
                        walk.frameAt(t),
                        new Graphics2DSurface(g, Graphics2DSurface.installedFamily()));
            } finally {
                g.dispose();
            }
            return current;
        }

        /** A palette fitted to the diagram and to what a few sample frames paint over it. */
        GifPalette palette() {
            int[] still = pixels(base);
            int[] changed;
            int samples = Math.min(count, PALETTE_SAMPLES);
            java.util.List<int[]> parts = new ArrayList<>();
            int total = 0;
            for (int k = 0; k < samples; k++) {
                int[] frame = pixels(frame(k * (count - 1) / Math.max(1, samples - 1)));
                int n = 0;
                int[] diff = new int[Math.min(frame.length, 200_000)];
                for (int p = 0; p < frame.length && n < diff.length; p++) {
                    if (frame[p] != still[p]) {
                        diff[n++] = frame[p];
                    }
                }
                parts.add(java.util.Arrays.copyOf(diff, n));
                total += n;
            }
            changed = new int[total];
            int at = 0;
            for (int[] part : parts) {
                System.arraycopy(part, 0, changed, at, part.length);
                at += part.length;
            }
            return GifPalette.fit(still, changed);
        }
    }

    static int[] pixels(BufferedImage rgb) {
        return ((java.awt.image.DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    }

    /** Frames for the whole walk at this rate and speed, plus one to rest on the end. */
    int frameCount(double duration) {
        return Math.min(MAX_FRAMES, (int) Math.ceil(duration * framesPerSecond / speed) + 1);
    }

    static void configure(IIOMetadata metadata, int delay, boolean first) throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // NETSCAPE2.0 with a loop count of 0: loop for ever.
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(format, root);
    }

    static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
