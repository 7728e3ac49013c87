package org.extranet.account;

import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Page;

/** Puts a user's colour scheme on the page, where Lumo and the product's stylesheet follow it. */
public final class ColorSchemes {

    private ColorSchemes() {
    }

    public static void apply(Page page, ColorSchemeChoice choice) {
        page.setColorScheme(switch (choice) {
            // "light dark": the browser's (the system's) preference, light when it states none.
            case SYSTEM -> ColorScheme.Value.SYSTEM;
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
        });
    }
}
