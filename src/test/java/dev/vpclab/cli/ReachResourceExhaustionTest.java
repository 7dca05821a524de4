package dev.vpclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.routing.PacketTracer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code reach} on a lab too large for the heap or too deep for the stack ends with exit 1 and one
 * sentence in the user's language, never a stack trace. The exhaustion is injected into the tracer,
 * which runs on the parallel workers: that is where a real one strikes first.
 */
class ReachResourceExhaustionTest {
    private static final String LAB =
            MainTest.SCENARIOS.resolve("vpc-peering-not-transitive.yaml").toString();

    private static MainTest.Outcome reach(Supplier<Error> error, String... options) {
        CommandLine.IFactory factory =
                new CommandLine.IFactory() {
                    @Override
                    public <K> K create(Class<K> type) throws Exception {
                        K made = CommandLine.defaultFactory().create(type);
                        if (made instanceof ReachCommand command) {
                            command.tracers =
                                    lab ->
                                            (PacketTracer)
                                                    flow -> {
                                                        throw error.get();
                                                    };
                        }
                        return made;
                    }
                };
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(options));
        args.add("reach");
        args.add(LAB);
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

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void outOfMemoryIsOneSentence(String lang) {
        MainTest.Outcome o = reach(() -> new OutOfMemoryError("Java heap space"), "--lang", lang);
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err())
                .contains(lang.equals("ko") ? "메모리가 부족합니다" : "ran out of memory")
                .doesNotContain("\tat ")
                .doesNotContain("OutOfMemoryError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void stackOverflowIsOneSentence(String lang) {
        MainTest.Outcome o = reach(StackOverflowError::new, "--lang", lang);
        assertThat(o.status()).isEqualTo(1);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err())
                .contains(lang.equals("ko") ? "호출 스택이 부족합니다" : "ran out of stack")
                .doesNotContain("\tat ")
                .doesNotContain("StackOverflowError");
    }
}
