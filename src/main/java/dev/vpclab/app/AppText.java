package dev.vpclab.app;

import dev.vpclab.i18n.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/**
 * The app's strings in the chosen language (English or Korean), from {@code
 * dev/vpclab/app/messages*.properties}, and the rendering of core messages in that language.
 */
public final class AppText {
    private static final String BUNDLE = "dev.vpclab.app.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public AppText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public Locale locale() {
        return locale;
    }

    /** The string for {@code key}, formatted with the arguments. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The inspector's label for a lab-file field, worded as the AWS console words it ("Private IPv4
     * address" for {@code privateIp}); the key itself when no label is written yet.
     */
    public String fieldLabel(String field) {
        return get("field." + field).equals("field." + field) ? field : get("field." + field);
    }

    /** A core message in this language. */
    public String render(Message m) {
        return m.render(locale);
    }

    /** The language remembered from the last run (English when none). */
    public static Locale rememberedLocale(Preferences prefs) {
        String tag = prefs.get("language", "en");
        return tag.equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
    }

    public static void remember(Preferences prefs, Locale locale) {
        prefs.put("language", locale.getLanguage());
    }
}
