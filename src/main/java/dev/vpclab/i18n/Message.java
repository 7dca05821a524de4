package dev.vpclab.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for a person, kept as a resource-bundle key and its arguments so that it can be shown
 * in the user's language (English or Korean). The core produces messages; the command line, the
 * JSON output and the app render them.
 *
 * <p>Keys live in {@code dev/vpclab/i18n/core.properties} (English) and {@code core_ko.properties}
 * (Korean); arguments are ids, addresses and numbers, never prose.
 */
public record Message(String key, List<Object> args) {
    /** The bundles searched in order; each area of the core keeps its keys in its own file. */
    private static final List<String> BUNDLES =
            List.of(
                    "dev.vpclab.i18n.core",
                    "dev.vpclab.i18n.routing",
                    "dev.vpclab.i18n.study",
                    "dev.vpclab.i18n.walk",
                    "dev.vpclab.i18n.export",
                    "dev.vpclab.i18n.walkui",
                    "dev.vpclab.i18n.classroom");

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A message with arguments; each argument is shown with {@code toString()}. */
    public static Message of(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Nested messages stay messages, so that they are rendered in the same language;
            // everything else is kept as text, exactly as written (no locale number format).
            texts[i] = args[i] instanceof Message ? args[i] : String.valueOf(args[i]);
        }
        return new Message(key, List.of(texts));
    }

    /** The message in English. */
    public String english() {
        return render(Locale.ROOT);
    }

    /** The message in a language; falls back to English, then to the key. */
    public String render(Locale locale) {
        for (String bundle : BUNDLES) {
            try {
                String pattern =
                        ResourceBundle.getBundle(bundle, locale, NO_FALLBACK_TO_DEFAULT)
                                .getString(key);
                Object[] rendered =
                        args.stream()
                                .map(a -> a instanceof Message m ? m.render(locale) : a)
                                .toArray();
                return new MessageFormat(pattern, locale).format(rendered);
            } catch (MissingResourceException e) {
                // not in this bundle: try the next one
            }
        }
        return key + (args.isEmpty() ? "" : " " + args);
    }

    @Override
    public String toString() {
        return english();
    }

    // The machine's default locale must not choose the language: English is the base bundle.
    private static final ResourceBundle.Control NO_FALLBACK_TO_DEFAULT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
