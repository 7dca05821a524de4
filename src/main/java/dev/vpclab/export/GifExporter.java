package dev.vpclab.export;

import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.PacketFramePainter;
import dev.vpclab.routing.Trace;
import dev.vpclab.walk.PacketWalk;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the packet walk of the options' trace as a looping animated GIF. Every frame is computed
 * from the walk's pure function of time ({@link PacketWalk#frameAt}) and painted by the same
 * painters as the canvas: the diagram once, then the packet, the lit-up component and the card on a
 * copy of it. No screen capture, so the frames are the same on every machine.
 */
public final class GifExporter implements Exporter {
    /** At most this many frames, whatever the walk's length. */
    public static final int MAX_FRAMES = 600;

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
        List<BufferedImage> frames = frames(lab, options, progress);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            int delay = Math.max(2, Math.round(100f / framesPerSecond)); // hundredths of a second
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage image = frames.get(i);
                IIOMetadata metadata =
                        writer.getDefaultImageMetadata(
                                ImageTypeSpecifier.createFromRenderedImage(image), null);
                configure(metadata, delay, i == 0);
                writer.writeToSequence(new IIOImage(image, null, metadata), null);
                progress.worked(0.5 + 0.5 * (i + 1) / frames.size());
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The frames of the animation, as the GIF holds them. */
    public List<BufferedImage> frames(Lab lab, ExportOptions options, ExportProgress progress) {
        Trace trace =
                options.trace()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "an animated GIF shows a flow: choose one to trace"));
        ExportScene scene =
                ExportScene.of(lab, options.withBackground(ExportOptions.Background.WHITE));
        // Room on the right for the card of a component at the diagram's edge.
        Rect area =
                new Rect(
                        scene.area().x(),
                        scene.area().y(),
                        scene.area().width() + PacketFramePainter.CARD_WIDTH + 32,
                        scene.area().height());
        double scale = PngExporter.scaleFor(area, options.scale());
        BufferedImage base = base(scene, area, scale);
        PacketWalk walk = PacketWalk.on(scene.diagram(), trace);
        PacketFramePainter painter =
                new PacketFramePainter(scene.diagram()::box, options.style(), options.locale());
        int count = frameCount(walk.duration());
        IndexColorModel palette = palette();
        List<BufferedImage> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double t = i * speed / framesPerSecond;
            BufferedImage frame =
                    new BufferedImage(
                            base.getWidth(),
                            base.getHeight(),
                            BufferedImage.TYPE_BYTE_INDEXED,
                            palette);
            Graphics2D g = frame.createGraphics();
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
            frames.add(frame);
            progress.worked(0.5 * (i + 1) / count);
        }
        return frames;
    }

    /** The still diagram every frame is drawn on. */
    private static BufferedImage base(ExportScene scene, Rect area, double scale) {
        int w = Math.max(1, (int) Math.ceil(area.width() * scale));
        int h = Math.max(1, (int) Math.ceil(area.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            g.translate(-area.x(), -area.y());
            scene.paint(new Graphics2DSurface(g, Graphics2DSurface.installedFamily()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Frames for the whole walk at this rate and speed, plus one to rest on the end. */
    int frameCount(double duration) {
        return Math.min(MAX_FRAMES, (int) Math.ceil(duration * framesPerSecond / speed) + 1);
    }

    /** A fixed palette (a 6x6x6 colour cube and 40 greys): frames map to it fast and alike. */
    private static IndexColorModel palette() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        int i = 0;
        for (int red = 0; red < 6; red++) {
            for (int green = 0; green < 6; green++) {
                for (int blue = 0; blue < 6; blue++) {
                    r[i] = (byte) (red * 51);
                    g[i] = (byte) (green * 51);
                    b[i] = (byte) (blue * 51);
                    i++;
                }
            }
        }
        for (int grey = 0; i < 256; i++, grey++) {
            int v = 6 + grey * 6;
            r[i] = (byte) v;
            g[i] = (byte) v;
            b[i] = (byte) v;
        }
        return new IndexColorModel(8, 256, r, g, b);
    }

    private static void configure(IIOMetadata metadata, int delay, boolean first)
            throws IOException {
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

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
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
