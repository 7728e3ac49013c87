package org.extranet.base.ui;

import java.util.Locale;

/**
 * The form a noun takes after a count, as the Unicode CLDR rules have it for the product's
 * languages: English has one and many ("1 user", "2 users"); Polish has three ("1 użytkownik",
 * "2 użytkownicy", "5 użytkowników", "12 użytkowników", "22 użytkownicy"). Translations keep one
 * key per form: {@code key.one}, {@code key.few} and {@code key.many}.
 */
public enum Plural {
    ONE, FEW, MANY;

    public static Plural of(long count, Locale locale) {
        if (count == 1) {
            return ONE;
        }
        if (!"pl".equals(locale.getLanguage())) {
            return MANY;
        }
        long lastDigit = count % 10;
        long lastTwo = count % 100;
        return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? FEW : MANY;
    }

    /** The translation key of this form: {@code "admin-panel.count"} becomes {@code "admin-panel.count.few"}. */
    public String key(String base) {
        return base + "." + name().toLowerCase(Locale.ROOT);
    }
}
