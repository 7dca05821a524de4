package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every reason a trace can give is in the lab format's table, with the Reachability Analyzer code
 * the JSON carries: a code added to the engine without its documentation, or documented with
 * another Reachability Analyzer code, fails here.
 */
class ReasonCodeDocumentedTest {

    @Test
    void everyReasonCodeIsDocumentedWithItsReachabilityAnalyzerCode() throws IOException {
        String doc = Files.readString(Path.of("docs/lab-format.md"));
        for (ReasonCode code : ReasonCode.values()) {
            String analyzer = code.reachabilityAnalyzerCode().map(c -> "`" + c + "`").orElse("—");
            assertThat(doc)
                    .as("docs/lab-format.md documents %s", code)
                    .contains("| `" + code.name() + "` | " + analyzer + " |");
        }
    }
}
