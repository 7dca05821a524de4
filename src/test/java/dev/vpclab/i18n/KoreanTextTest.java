package dev.vpclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Korean messages are written in Korean: no English word glossed after a Korean one ("연결
 * (attachment)"), and no English wording built into a message by code. Field names, codes and keys
 * a user types (enableDnsSupport, AccessDenied, Space) stay as they are.
 */
class KoreanTextTest {
    // A Korean word followed by a parenthesized plain English word or phrase of lowercase words.
    private static final Pattern GLOSS = Pattern.compile("[가-힣]\\s?\\(([a-z]{3,}(?: [a-z]+)*)\\)");

    @Test
    void koreanBundlesGlossNoEnglishWords() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/vpclab"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("_ko.properties")).toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.forEach(
                        (k, v) -> {
                            var m = GLOSS.matcher((String) v);
                            while (m.find()) {
                                found.add(f.getFileName() + " " + k + ": " + m.group());
                            }
                        });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aJsonLabWithTrailingContentIsReportedInKorean() {
        var problems =
                dev.vpclab.format.LabReader.read("{\"format\": 1} {}", "bad.json").problems();
        assertThat(problems).isNotEmpty();
        String korean = problems.get(0).message().render(java.util.Locale.KOREAN);
        assertThat(korean).contains("구문 오류").doesNotContain("unexpected", "after the value");
    }
}
