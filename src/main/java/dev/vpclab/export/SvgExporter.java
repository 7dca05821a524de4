package dev.vpclab.export;

import dev.vpclab.model.Lab;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Writes the diagram as an SVG document, true vector, at the size of the content plus a margin. */
public final class SvgExporter implements Exporter {
    @Override
    public ExportFormat format() {
        return ExportFormat.SVG;
    }

    @Override
    public void write(Lab lab, ExportOptions options, OutputStream out, ExportProgress progress)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        out.write(svg(lab, options).getBytes(StandardCharsets.UTF_8));
        progress.worked(1);
    }

    /** The SVG document as text. */
    public String svg(Lab lab, ExportOptions options) {
        ExportScene scene = ExportScene.of(lab, options);
        SvgSurface surface = new SvgSurface(scene.area(), lab.title());
        scene.paint(surface);
        return surface.finish();
    }
}
