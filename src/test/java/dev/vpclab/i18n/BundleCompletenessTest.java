package dev.vpclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the core uses has an English and a Korean text, and the two languages have the
 * same keys: a Korean user never sees a raw key or an English fallback.
 */
class BundleCompletenessTest {
    private static final String[] BUNDLES = {
        "core", "routing", "study", "walk", "export", "walkui", "classroom"
    };
    private static final Pattern KEY_USE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_LITERAL =
            Pattern.compile(
                    "\"((?:reason|route|dns|flow|format|check|cli|direction)\\.[A-Za-z_.]*[A-Za-z_])\"");

    private static Set<String> keys(String bundle, String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                BundleCompletenessTest.class.getResourceAsStream(
                        "/dev/vpclab/i18n/" + bundle + suffix + ".properties")) {
            if (in == null) {
                return Set.of();
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    private static Set<String> all(String suffix) throws IOException {
        Set<String> all = new HashSet<>();
        for (String b : BUNDLES) {
            all.addAll(keys(b, suffix));
        }
        return all;
    }

    @Test
    void koreanHasExactlyTheEnglishKeys() throws IOException {
        for (String b : BUNDLES) {
            assertThat(new TreeSet<>(keys(b, "_ko")))
                    .as(b + "_ko")
                    .isEqualTo(new TreeSet<>(keys(b, "")));
        }
    }

    @Test
    void everyKeyTheCodeUsesHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/vpclab"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (f.toString().contains("/app/")) {
                    continue; // the app has its own bundle
                }
                for (Pattern pattern : new Pattern[] {KEY_USE, KEY_LITERAL}) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) { // a prefix completed at run time
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        Set<String> english = all("");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english);
        assertThat(missing).as("keys used in code but missing from the English bundles").isEmpty();
    }

    @Test
    void aMessageRendersInKorean() {
        Message m = Message.of("route.none", "10.0.0.1");
        assertThat(m.english()).isEqualTo("no route matches 10.0.0.1");
        assertThat(m.render(java.util.Locale.KOREAN))
                .contains("10.0.0.1")
                .isNotEqualTo(m.english());
    }
}
