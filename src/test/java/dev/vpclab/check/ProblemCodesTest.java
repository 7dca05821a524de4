package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem the reader and the checker report on the test labs uses a listed code. */
class ProblemCodesTest {
    static Set<String> listed() {
        return Stream.of(ProblemCodes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(ProblemCodesTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyReportedCodeIsListed() throws IOException {
        Set<String> reported = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                var loaded = LabReader.read(p);
                loaded.problems().forEach(pr -> reported.add(pr.code()));
                loaded.lab()
                        .ifPresent(l -> LabChecker.check(l).forEach(pr -> reported.add(pr.code())));
            }
        }
        assertThat(reported).hasSizeGreaterThan(10);
        assertThat(listed()).containsAll(reported);
    }

    @Test
    void eachConstantIsItsOwnName() throws IllegalAccessException {
        for (Field f : ProblemCodes.class.getFields()) {
            assertThat(f.get(null)).isEqualTo(f.getName());
        }
    }

    /**
     * A quoted upper-snake literal such as {@code "DANGLING_REFERENCE"}: the shape of a problem
     * code (and of a reason code) spelled inline.
     */
    private static final Pattern QUOTED_CODE =
            Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    /**
     * The two files allowed to spell codes: the problem vocabulary itself, and the reason enum,
     * whose constructor arguments are AWS Reachability Analyzer's explanation codes.
     */
    private static final Set<String> VOCABULARY_FILES =
            Set.of("ProblemCodes.java", "ReasonCode.java");

    /** Names of environment variables the app reads: the shape of a code, but not codes. */
    private static final Set<String> ENVIRONMENT_VARIABLES = Set.of("LD_LIBRARY_PATH");

    /** Inline code literals in the main sources, as {@code file:line: "CODE"}. */
    static List<String> inlineCodes(Path root) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !VOCABULARY_FILES.contains(f.getFileName().toString()))
                            .sorted()
                            .toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = QUOTED_CODE.matcher(lines.get(i));
                    while (m.find()) {
                        if (ENVIRONMENT_VARIABLES.contains(m.group(1))) {
                            continue;
                        }
                        found.add(root.relativize(p) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noMainSourceSpellsACodeInline() throws IOException {
        assertThat(inlineCodes(Path.of("src/main/java")))
                .as("use a ProblemCodes constant (or a ReasonCode) instead of a quoted code")
                .isEmpty();
    }

    @Test
    void theScanFindsAQuotedCode(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("Bad.java"),
                "class Bad {\n  Object p = Problem.error(\"DANGLING_REFERENCE\", c, f, m);\n}\n");
        Files.writeString(
                dir.resolve("Good.java"), "class Good { String k = \"reason.NACL_DENY.fix\"; }\n");
        assertThat(inlineCodes(dir)).containsExactly("Bad.java:2: \"DANGLING_REFERENCE\"");
    }
}
