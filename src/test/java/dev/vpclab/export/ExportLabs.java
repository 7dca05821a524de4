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

    /** Korean ids the {@link #koreanLab} gives some of the default lab's components. */
    static final java.util.Map<String, String> KOREAN_IDS =
            java.util.Map.of(
                    "vpc-consumer", "소비자-VPC-네트워크",
                    "subnet-app", "애플리케이션-서브넷-가용영역-에이-운영-환경-기본값",
                    "i-app", "앱-서버",
                    "rt-app", "애플리케이션-라우팅-테이블-기본값");

    /** The default lab with Korean ids (long ones among them), as a Korean user names things. */
    static Lab koreanLab() throws IOException {
        String text = Files.readString(DEFAULT);
        for (var e : KOREAN_IDS.entrySet()) {
            text =
                    text.replaceAll(
                            "(?<![\\w-])"
                                    + java.util.regex.Pattern.quote(e.getKey())
                                    + "(?![\\w-])",
                            e.getValue());
        }
        LoadResult r = LabReader.read(text, "korean.yaml");
        return r.lab().orElseThrow(() -> new AssertionError("korean lab: " + r.errors()));
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

    /**
     * A start of the label the painter shows for a component: long ids are elided to the width of
     * their card or frame, so only their first characters are sure to be shown.
     */
    static String shownId(Component c) {
        String id = c.id();
        return id.length() <= 12 ? id : id.substring(0, 10);
    }
}
