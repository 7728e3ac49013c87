package org.extranet.base;

import java.util.Locale;

/** The languages the product speaks; stored as their ISO code. */
public enum Language {
    PL, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.of(code());
    }

    public static Language of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The product's language closest to a locale (a browser's, say); Polish for Polish, else English. */
    public static Language of(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? PL : EN;
    }
}
