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
import java.util.Set;
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

    /**
     * Plain lowercase words a Korean message may show as they are, because a user types or reads
     * them verbatim: CLI values and options, lab-file keys and values, file types, commands.
     */
    private static final Set<String> TYPED_WORDS =
            Set.of(
                    "true",
                    "false",
                    "format",
                    "title",
                    "components",
                    "kind",
                    "script",
                    "query",
                    "local",
                    "network",
                    "buckets",
                    "tables",
                    "tcp",
                    "udp",
                    "icmp",
                    "ping",
                    "blocked",
                    "reachable",
                    "vpclab",
                    "check",
                    "java",
                    "describe",
                    "https",
                    "json",
                    "yaml",
                    "yml",
                    "zip",
                    "png",
                    "svg",
                    "pdf",
                    "drawio",
                    "gif",
                    "white",
                    "transparent",
                    "content",
                    "letter",
                    "nudge",
                    "concept",
                    "fix",
                    "via");

    /**
     * Capitalised English a Korean message keeps: AWS product names, the app's own name (VPC
     * Endpoint Lab) and keyboard keys.
     */
    private static final Set<String> NAMES =
            Set.of(
                    "Endpoint",
                    "Lab",
                    "Amazon",
                    "Direct",
                    "Connect",
                    "Instance",
                    "Session",
                    "Manager",
                    "Route",
                    "Resolver",
                    "Reachability",
                    "Analyzer",
                    "Home",
                    "Space",
                    "Delete",
                    "Backspace",
                    "Shift",
                    "Alt",
                    "Esc");

    /** Text a message quotes or fills in: placeholders and quoted values are not prose. */
    private static final Pattern QUOTED_OR_PLACEHOLDER =
            Pattern.compile("\\{[^}]*}|'[^']*'|`[^`]*`|\"[^\"]*\"|“[^”]*”");

    /** A plain English word; camelCase, digits and dotted, dashed or path identifiers are not. */
    private static final Pattern WORD =
            Pattern.compile("(?<![\\w./\\-$])([A-Za-z][a-z]{2,})(?![\\w./\\-])");

    /** English words in a Korean message that are neither typed values nor product names. */
    static List<String> englishWords(String value) {
        List<String> found = new ArrayList<>();
        if (!value.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
            return found;
        }
        var m = WORD.matcher(QUOTED_OR_PLACEHOLDER.matcher(value).replaceAll(" "));
        while (m.find()) {
            String w = m.group(1);
            if (!TYPED_WORDS.contains(w) && !NAMES.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    @Test
    void koreanBundlesHaveNoEnglishWords() throws IOException {
        List<String> found = new ArrayList<>();
        forEachKoreanValue((where, v) -> englishWords(v).forEach(w -> found.add(where + ": " + w)));
        assertThat(found).isEmpty();
    }

    @Test
    void anEnglishWordInsideKoreanIsFound() {
        assertThat(englishWords("연결을 accept 하세요. 대상 {0}, docs/challenges.md"))
                .containsExactly("accept");
        assertThat(englishWords("서브넷 Public 에 있습니다")).containsExactly("Public");
        assertThat(
                        englishWords(
                                "''{0}'' 은(는) true 또는 false 여야 합니다; Direct Connect,"
                                        + " enableDnsSupport, tcp 443"))
                .isEmpty();
        assertThat(englishWords("Only English text")).isEmpty();
    }

    /**
     * A Korean value that says nothing in Korean is an untranslated copy, unless it is acronyms.
     */
    @Test
    void noKoreanValueIsAnEnglishSentence() throws IOException {
        List<String> found = new ArrayList<>();
        forEachKoreanValue(
                (where, v) -> {
                    String text = QUOTED_OR_PLACEHOLDER.matcher(v).replaceAll(" ");
                    boolean hangul = text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
                    if (!hangul && Pattern.compile("\\b[a-z]{3,}\\b").matcher(text).find()) {
                        found.add(where + ": " + v);
                    }
                });
        assertThat(found).isEmpty();
    }

    private static void forEachKoreanValue(java.util.function.BiConsumer<String, String> each)
            throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/vpclab"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("_ko.properties")).toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.forEach((k, v) -> each.accept(f.getFileName() + " " + k, (String) v));
            }
        }
    }
}
