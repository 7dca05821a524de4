package dev.vpclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a person reads in the app uses real typography (issue 9): an arrow {@code →} between the two
 * ends of a flow or a route and an ellipsis {@code …} after a menu item that opens a dialog, not
 * the ASCII {@code ->} and {@code ...} of a source file. The command line's texts ({@code cli.*}
 * and the trace report's {@code report.*}) stay ASCII on purpose: terminals and scripts read them,
 * and a command such as {@code java -jar ...} is meant to be typed.
 */
class TypographyTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/vpclab");

    private static boolean forTheCommandLine(String key) {
        return key.startsWith("cli.") || key.startsWith("report.");
    }

    @Test
    void everyBundleValueAPersonReadsUsesTheArrowAndTheEllipsis() throws IOException {
        List<Path> bundles;
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            bundles = s.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(16); // app/messages and i18n/*, en and ko
        List<String> ascii = new ArrayList<>();
        for (Path bundle : bundles) {
            Properties p = new Properties();
            try (Reader in =
                    new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (!forTheCommandLine(key) && (value.contains("->") || value.contains("..."))) {
                    ascii.add(bundle.getFileName() + " " + key + "=" + value);
                }
            }
        }
        assertThat(ascii).isEmpty();
    }

    @Test
    void anAppTextWithoutArgumentsWritesItsApostropheOnce() throws IOException {
        // AppText.get hands a text without arguments over as written, not through MessageFormat,
        // so a doubled apostrophe there reads "group''s" on screen.
        List<String> doubled = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_ko.properties")) {
            Properties p = new Properties();
            try (Reader in =
                    new InputStreamReader(
                            Files.newInputStream(RESOURCES.resolve("app").resolve(name)),
                            StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (!value.matches("(?s).*\\{\\d.*") && value.contains("''")) {
                    doubled.add(name + " " + key + "=" + value);
                }
            }
        }
        assertThat(doubled).isEmpty();
    }
}
