package dev.vpclab.study;

import java.util.Locale;
import java.util.Objects;

/**
 * A text written by a person in English and Korean, such as a challenge's title or a hint. Unlike a
 * {@link dev.vpclab.i18n.Message}, it is prose from a file, not a key of a bundle.
 */
public record LocalizedText(String en, String ko) {
    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ko, "ko");
    }

    /** The text in a language: Korean for a Korean locale, English otherwise. */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "ko".equals(locale.getLanguage()) ? ko : en;
    }

    /** True when both languages have a non-blank text. */
    public boolean complete() {
        return !en.isBlank() && !ko.isBlank();
    }
}
