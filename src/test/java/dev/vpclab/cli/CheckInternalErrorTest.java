package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A bug met while checking one file must not void a multi-file {@code check}: the other files are
 * still reported, the broken one gets one line naming it, and the exit status says "internal
 * error". The bug is injected (no shipped input is known to cause one): the reader of one file
 * throws.
 */
class CheckInternalErrorTest {
    @TempDir Path dir;

    private static final String GOOD =
            MainTest.SCENARIOS.resolve("vpc-peering-basic-works.yaml").toString();

    private Path broken;
    private Path withErrors;

    private MainTest.Outcome check(Throwable bug, String... options) throws Exception {
        broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "format: vpclab/1\ncomponents: []\n");
        withErrors = dir.resolve("errors.yaml");
        Files.writeString(withErrors, "format: vpclab/1\ncomponents:\n  - kind: vpc\n");
        CommandLine.IFactory factory =
                new CommandLine.IFactory() {
                    @Override
                    public <K> K create(Class<K> type) throws Exception {
                        K made = CommandLine.defaultFactory().create(type);
                        if (made instanceof CheckCommand command) {
                            command.reader =
                                    file -> {
                                        if (file.equals(broken)) {
                                            if (bug instanceof RuntimeException e) {
                                                throw e;
                                            }
                                            throw (Error) bug;
                                        }
                                        return LabFiles.read(file);
                                    };
                        }
                        return made;
                    }
                };
        List<String> args =
                new java.util.ArrayList<>(
                        List.of("check", GOOD, broken.toString(), withErrors.toString()));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status =
                Main.run(
                        args.toArray(String[]::new),
                        new PrintWriter(out),
                        new PrintWriter(err),
                        factory);
        return new MainTest.Outcome(status, out.toString(), err.toString());
    }

    @Test
    void everyOtherFileIsReportedAndTheBrokenOneGetsOneLine() throws Exception {
        MainTest.Outcome o = check(new IllegalStateException("boom"));

        assertThat(o.status()).isEqualTo(1);
        assertThat(o.out())
                .contains("vpc-peering-basic-works.yaml: no problems found.")
                .contains("errors.yaml: 3 error(s)")
                .contains(
                        "internal error while checking "
                                + broken
                                + ": IllegalStateException: boom; please report it");
        assertThat(o.out().lines().filter(l -> l.contains("broken.yaml"))).hasSize(1);
        assertThat(o.out() + o.err()).doesNotContain("\tat ");
    }

    @Test
    void aStackOverflowOnOneFileIsThatFilesOutcomeToo() throws Exception {
        MainTest.Outcome o = check(new StackOverflowError());

        assertThat(o.status()).isEqualTo(1);
        assertThat(o.out())
                .contains("vpc-peering-basic-works.yaml: no problems found.")
                .contains("errors.yaml: 3 error(s)")
                .contains("internal error while checking " + broken + ": StackOverflowError;");
    }

    @Test
    void inJsonTheBrokenFileIsOneLineThatSaysItWasAnInternalError() throws Exception {
        MainTest.Outcome o = check(new IllegalStateException("boom"), "--json");

        assertThat(o.status()).isEqualTo(1);
        List<String> lines = o.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode middle = new ObjectMapper().readTree(lines.get(1));
        assertThat(middle.get("file").asText()).isEqualTo(broken.toString());
        assertThat(middle.get("ok").asBoolean()).isFalse();
        assertThat(middle.get("internalError").asText()).contains("boom");
        assertThat(new ObjectMapper().readTree(lines.get(2)).get("errors").asInt()).isEqualTo(3);
    }

    @Test
    void theBrokenLineSpeaksKorean() throws Exception {
        MainTest.Outcome o = check(new IllegalStateException("boom"), "--lang", "ko");

        assertThat(o.status()).isEqualTo(1);
        assertThat(o.out()).contains(broken + "을(를) 검사하는 중 내부 오류가 발생했습니다");
    }
}
