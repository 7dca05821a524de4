package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
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
}
