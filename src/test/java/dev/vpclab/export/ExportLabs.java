package dev.vpclab.export;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example labs and golden scenarios the export tests run on. */
final class ExportLabs {
    private ExportLabs() {}

    static final Path DEFAULT = Path.of("assets/labs/default.yaml");

    static Lab load(Path file) {
        LoadResult r = LabReader.read(file);
        return r.lab().orElseThrow(() -> new AssertionError(file + ": " + r.errors()));
    }

    static Lab defaultLab() {
        return load(DEFAULT);
    }

    /** The default lab's first saved flow (app instance to S3 through the gateway endpoint). */
    static Flow s3Flow(Lab lab) {
        return lab.flows().get(0);
    }

    /** Every example lab and golden scenario. */
    static List<Path> allLabs() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("assets/labs"));
                Stream<Path> scenarios = Files.list(Path.of("src/test/resources/scenarios"))) {
            return Stream.concat(examples, scenarios)
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }

    /** The label the painter shows for a component: its id, shortened as on the canvas. */
    static String shownId(Component c) {
        String id = c.id();
        return id.length() <= 18 ? id : id.substring(0, 17);
    }
}
