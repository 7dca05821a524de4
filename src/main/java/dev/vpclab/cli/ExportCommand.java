package dev.vpclab.cli;

import dev.vpclab.export.ExportFormat;
import dev.vpclab.export.ExportOptions;
import dev.vpclab.export.ExportProgress;
import dev.vpclab.export.Exporter;
import dev.vpclab.export.GifExporter;
import dev.vpclab.export.PngExporter;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab export}: writes a lab's diagram as PNG, SVG, PDF or draw.io, without a display. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Export a lab's diagram as an image (PNG), vector drawing (SVG, PDF) or draw.io file.",
            "With --flow, the diagram shows that flow's trace: numbered hops and a legend with"
                    + " the verdict. Runs without a display."
        })
final class ExportCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAB", description = "The lab file (YAML or JSON).")
    Path lab;

    @Option(
            names = "--format",
            paramLabel = "F",
            required = true,
            description =
                    "png, svg, pdf, drawio, gif (an animated packet walk of --flow), or lab (the"
                            + " lab file itself, to share; with --for-learner the answers are"
                            + " hidden).")
    String format;

    @Option(
            names = "--flow",
            paramLabel = "NAME",
            description = "Draw the trace of this saved flow (\"query\" for a scenario's query).")
    String flow;

    @Option(
            names = "--scale",
            paramLabel = "N",
            defaultValue = "1",
            description = "PNG pixels per diagram unit, 1 to 4 (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(
            names = "--background",
            paramLabel = "B",
            defaultValue = "white",
            description = "white or transparent (default: ${DEFAULT-VALUE}).")
    String background;

    @Option(
            names = "--page",
            paramLabel = "P",
            defaultValue = "content",
            description = "PDF page: content, a4 or letter, landscape (default: ${DEFAULT-VALUE}).")
    String page;

    @Option(
            names = "--select",
            paramLabel = "ID",
            split = ",",
            description = "Export only these components (and what is inside them).")
    List<String> select;

    @Option(
            names = "--for-learner",
            description =
                    "With --format lab: hide the answers (a scenario's expect, a challenge's"
                            + " explanation).")
    boolean forLearner;

    @Option(
            names = "--fps",
            paramLabel = "N",
            defaultValue = "8",
            description = "GIF frames per second, 1 to 25 (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(
            names = "--speed",
            paramLabel = "X",
            defaultValue = "1",
            description =
                    "GIF speed against the app's normal pace, 0.25 to 8 (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write (default: the lab's name with the format's extension).")
    Path out;

    @Override
    public Integer call() {
        if ("lab".equalsIgnoreCase(format)) {
            return shareLab();
        }
        ExportFormat f =
                ExportFormat.of(format)
                        .orElseThrow(() -> new BadInput(Message.of("export.cli.format", format)));
        ExportOptions options = options();
        Lab loaded = LabFiles.load(lab);
        if (select != null && !select.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>(select);
            List<String> unknown =
                    ids.stream().filter(id -> loaded.component(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new BadInput(
                        Message.of("export.cli.unknownSelection", lab, String.join(", ", unknown)));
            }
            options = options.withSelection(ids);
        }
        if (flow == null && f == ExportFormat.GIF) {
            // An animation needs a flow: the scenario's query, else the first saved flow.
            Optional<Flow> first = loaded.query().or(() -> loaded.flows().stream().findFirst());
            if (first.isEmpty()) {
                throw new BadInput(Message.of("export.cli.gifNeedsFlow", lab));
            }
            options = options.withTrace(Tracer.of(loaded).trace(first.get()));
        } else if (flow != null) {
            options = options.withTrace(Tracer.of(loaded).trace(findFlow(loaded)));
        }
        Exporter exporter;
        try {
            exporter = f == ExportFormat.GIF ? new GifExporter(fps, speed) : Exporter.of(f);
        } catch (IllegalArgumentException e) {
            throw new BadInput(
                    Message.of("export.cli.gifSettings", String.valueOf(e.getMessage())));
        }
        Path target = out != null ? out : defaultOut(f);
        warnWhenScaleIsCapped(f, loaded, options);
        long bytes;
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Written beside the target and moved over it only when complete: a failed export
            // never leaves a half-written file in place of a good one.
            // A sibling of the target, created like any new file (Files.createTempFile would
            // leave the export readable by its owner only).
            Path temp =
                    target.toAbsolutePath()
                            .resolveSibling(
                                    "."
                                            + target.getFileName()
                                            + "."
                                            + ProcessHandle.current().pid()
                                            + ".part");
            try {
                try (OutputStream os = Files.newOutputStream(temp)) {
                    exporter.write(loaded, options, os, ExportProgress.none());
                }
                Files.move(
                        temp,
                        target,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            bytes = Files.size(target);
        } catch (IOException e) {
            throw new BadInput(
                    Message.of("export.cli.cannotWrite", target, String.valueOf(e.getMessage())));
        }
        spec.commandLine()
                .getOut()
                .println(Message.of("export.cli.wrote", target, bytes).render(main.locale()));
        return 0;
    }

    /**
     * A picture too large at the asked scale is drawn smaller: says so, with the scale used, so
     * that {@code --scale 4} never silently gives a 2x picture.
     */
    private void warnWhenScaleIsCapped(ExportFormat f, Lab loaded, ExportOptions options) {
        double used =
                switch (f) {
                    case PNG -> PngExporter.scaleUsed(loaded, options);
                    case GIF -> GifExporter.scaleUsed(loaded, options);
                    default -> options.scale(); // vector formats have no pixel size
                };
        if (used < options.scale() - 0.005) {
            String shown = String.format(Locale.ROOT, "%.2f", used);
            spec.commandLine()
                    .getErr()
                    .println(
                            Message.of(
                                            "export.cli.scaleCapped",
                                            String.valueOf(options.scale()),
                                            shown)
                                    .render(main.locale()));
        }
    }

    private ExportOptions options() {
        int n;
        try {
            n = Integer.parseInt(scale.trim());
        } catch (NumberFormatException e) {
            throw new BadInput(Message.of("export.cli.scale", scale));
        }
        if (n < ExportOptions.MIN_SCALE || n > ExportOptions.MAX_SCALE) {
            throw new BadInput(Message.of("export.cli.scale", scale));
        }
        ExportOptions.Background b =
                switch (background.trim().toLowerCase(Locale.ROOT)) {
                    case "white" -> ExportOptions.Background.WHITE;
                    case "transparent" -> ExportOptions.Background.TRANSPARENT;
                    default -> throw new BadInput(Message.of("export.cli.background", background));
                };
        ExportOptions.Page p =
                switch (page.trim().toLowerCase(Locale.ROOT)) {
                    case "content" -> ExportOptions.Page.CONTENT;
                    case "a4" -> ExportOptions.Page.A4;
                    case "letter" -> ExportOptions.Page.LETTER;
                    default -> throw new BadInput(Message.of("export.cli.page", page));
                };
        return ExportOptions.defaults()
                .withScale(n)
                .withBackground(b)
                .withPage(p)
                .withLocale(main.locale());
    }

    private Flow findFlow(Lab loaded) {
        if ("query".equals(flow) && loaded.query().isPresent()) {
            return loaded.query().get();
        }
        Optional<Flow> named =
                loaded.flows().stream()
                        .filter(fl -> fl.name().filter(flow::equals).isPresent())
                        .findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        List<String> names = new ArrayList<>();
        loaded.flows().forEach(fl -> fl.name().ifPresent(names::add));
        if (loaded.query().isPresent()) {
            names.add("query");
        }
        throw new BadInput(
                Message.of(
                        "export.cli.unknownFlow",
                        lab,
                        flow,
                        names.isEmpty() ? "-" : names.stream().collect(Collectors.joining(", "))));
    }

    private Path defaultOut(ExportFormat f) {
        return Path.of(baseName() + "." + f.extension());
    }

    /** The lab file's name without its extension. */
    private String baseName() {
        String name = lab.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes the lab file itself (atomically), with the answers hidden for a learner. */
    private int shareLab() {
        Lab loaded = LabFiles.load(lab);
        Lab shared = forLearner ? dev.vpclab.format.LearnerCopy.of(loaded) : loaded;
        Path target =
                out != null
                        ? out
                        : Path.of(baseName() + (forLearner ? "-learner" : "-copy") + ".yaml");
        try {
            dev.vpclab.format.LabWriter.write(shared, target);
            spec.commandLine()
                    .getOut()
                    .println(
                            Message.of("export.cli.wrote", target, Files.size(target))
                                    .render(main.locale()));
        } catch (IOException e) {
            throw new BadInput(
                    Message.of("export.cli.cannotWrite", target, String.valueOf(e.getMessage())));
        }
        return 0;
    }
}
