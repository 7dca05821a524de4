package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden scenarios written from the AWS documentation (copied from {@code shared/scenarios}):
 * each file's query, traced, agrees with its {@code expect} on what section 5 of the lab format
 * compares: the verdict, DNS status and answer kind, where and why it is blocked, and the ordered
 * {@code (id, check)} pairs of the path and return path.
 */
class GoldenScenarioTest {

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path dir =
                Path.of(
                        Objects.requireNonNull(GoldenScenarioTest.class.getResource("/scenarios"))
                                .toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void traceAgreesWithTheDocumentedVerdict(Path file) {
        verify(file);
    }

    /**
     * Loads a scenario file, checks that its only errors are those under {@code expect.validation},
     * traces its query and compares with {@code expect}.
     */
    static void verify(Path file) {
        LoadResult loaded = LabReader.read(file);
        Lab lab = loaded.lab().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> expect = (Map<String, Object>) lab.extras().get("expect");
        // Design-time problems: exactly the errors the scenario documents (AWS would refuse them).
        assertThat(
                        loaded.errors().stream()
                                .map(p -> p.code() + " " + p.component().orElse(""))
                                .sorted()
                                .toList())
                .as("validation errors")
                .isEqualTo(expectedValidation(expect));
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        assertAgrees(trace, expect);
    }

    @SuppressWarnings("unchecked")
    static void assertAgrees(Trace trace, Map<String, Object> expect) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(trace.reachable()).as("reachable").isEqualTo(expect.get("reachable"));
        soft.assertThat(trace.networkReachable())
                .as("networkReachable")
                .isEqualTo(expect.get("networkReachable"));
        if (expect.containsKey("authorization")) {
            soft.assertThat(trace.authorization().map(Authorization::wireName).orElse(null))
                    .as("authorization")
                    .isEqualTo(expect.get("authorization"));
        }
        Map<String, Object> dns = (Map<String, Object>) expect.get("dns");
        if (dns != null) {
            soft.assertThat(trace.dns()).as("dns").isPresent();
            trace.dns()
                    .ifPresent(
                            d -> {
                                soft.assertThat(d.ok() ? "ok" : "failed")
                                        .as("dns.status")
                                        .isEqualTo(dns.get("status"));
                                soft.assertThat(d.answerKind().wireName())
                                        .as("dns.answerKind")
                                        .isEqualTo(dns.get("answerKind"));
                            });
        }
        Map<String, Object> blocked = (Map<String, Object>) expect.get("blockedAt");
        if (blocked != null) {
            soft.assertThat(trace.blockedAt()).as("blockedAt").isPresent();
            trace.blockedAt()
                    .ifPresent(
                            b -> {
                                soft.assertThat(b.component())
                                        .as("blockedAt.component")
                                        .isEqualTo(blocked.get("component"));
                                soft.assertThat(b.reason().name())
                                        .as("blockedAt.reason")
                                        .isEqualTo(blocked.get("reason"));
                                soft.assertThat(b.leg().toString())
                                        .as("blockedAt.leg")
                                        .isEqualTo(blocked.get("leg"));
                            });
        } else {
            soft.assertThat(trace.blockedAt()).as("blockedAt").isEmpty();
        }
        soft.assertThat(pairs(trace.path()))
                .as("path")
                .isEqualTo(expectedPairs(expect.get("path")));
        if (expect.containsKey("returnPath")) {
            soft.assertThat(pairs(trace.returnPath()))
                    .as("returnPath")
                    .isEqualTo(expectedPairs(expect.get("returnPath")));
        }
        soft.assertAll();
    }

    @SuppressWarnings("unchecked")
    private static List<String> expectedValidation(Map<String, Object> expect) {
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>) expect.getOrDefault("validation", List.of());
        return entries.stream()
                .filter(v -> "error".equals(v.get("severity")))
                .map(v -> v.get("code") + " " + v.get("component"))
                .sorted()
                .toList();
    }

    private static List<String> pairs(List<Hop> hops) {
        return hops.stream()
                .map(h -> h.id() + h.check().map(c -> " " + c.wireName()).orElse(""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> expectedPairs(Object hops) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> h : (List<Map<String, Object>>) hops) {
            Object check = h.get("check");
            out.add(h.get("id") + (check == null ? "" : " " + check));
        }
        return out;
    }
}
