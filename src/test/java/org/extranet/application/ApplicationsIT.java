package org.extranet.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.OAUTH2_REGISTERED_CLIENT;

import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The back office's Applications page in a browser: reached from the back office, an application
 * registered with the keyboard alone, its secret shown once where the focus is, axe on the page and
 * its windows, in English and Polish.
 */
class ApplicationsIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired PasswordEncoder encoder;

    @Test
    void staff_register_an_application_with_the_keyboard_and_copy_its_secret_once() {
        String name = Fixtures.unique("Orders");
        open("/login");
        new LoginPage(driver).signIn(fixtures.staff(), Fixtures.PASSWORD);
        open("/back-office");
        var page = new ApplicationsPage(driver);
        page.openFromBackOffice("Applications");
        assertThat(page.heading()).isEqualTo("Applications");
        assertThat(page.rows()).anySatisfy(row -> assertThat(row).contains("Demo application", "demo-application"));

        page.openRegistrationWithKeyboard();
        screenshot("applications-register-en");
        Accessibility.assertNoViolations(driver, "registering an application, in English");
        String secret = page.registerWithKeyboard(name, "https://orders.example.com/login/oauth2/code/extranet");

        assertThat(page.secretWarning()).isEqualTo("Copy the secret now: it is shown only this once and cannot be read again.");
        assertThat(encoder.matches(secret, db.fetchValue(OAUTH2_REGISTERED_CLIENT.CLIENT_SECRET,
                OAUTH2_REGISTERED_CLIENT.CLIENT_NAME.eq(name)))).isTrue();
        screenshot("applications-secret-en");
        Accessibility.assertNoViolations(driver, "the secret shown once, in English");
        page.closeWithEscape();
        assertThat(page.rows()).anySatisfy(row -> assertThat(row).contains(name, "Confidential", "Enabled", "1"));
        screenshot("applications-en");
        Accessibility.assertNoViolations(driver, "the applications page in English");

        new TopBar(driver).switchLanguage();
        assertThat(page.heading()).isEqualTo("Aplikacje");
        assertThat(page.rows()).anySatisfy(row -> assertThat(row).contains(name, "Poufna", "Włączona"));
        screenshot("applications-pl");
        Accessibility.assertNoViolations(driver, "the applications page in Polish");
    }
}
