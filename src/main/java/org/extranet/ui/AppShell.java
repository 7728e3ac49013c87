package org.extranet.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Lumo plus the product's own stylesheet ({@code frontend/styles.css}); no frontend build needed.
 * Pages follow the system's light or dark setting; a signed-in user's own choice replaces it
 * ({@code MainLayout}).
 */
@ColorScheme(ColorScheme.Value.SYSTEM)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // The product's icon (META-INF/resources/favicon.ico, 16, 32 and 48 px): the one path
        // Vaadin's security already opens to everyone, so the sign-in page shows it too.
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
    }
}
