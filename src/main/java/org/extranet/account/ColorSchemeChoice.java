package org.extranet.account;

import java.util.Locale;

/** The colours a user wants: those of their system's setting (the default), or always light or dark; stored by code. */
public enum ColorSchemeChoice {
    SYSTEM, LIGHT, DARK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColorSchemeChoice of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
