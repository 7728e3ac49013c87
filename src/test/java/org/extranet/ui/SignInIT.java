package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.USER_SESSION;

import org.extranet.Fixtures;
import org.extranet.account.StartPage;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;

class SignInIT extends BrowserTest {

    private static final String DEMO_ADMINISTRATOR = "anna.nowak@hydrotech.example";
    private static final String DEMO_PASSWORD = "Extranet-demo-2026";

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    @ResourceLock(DEMO_ADMINISTRATOR_LOCK)
    void the_demo_administrator_signs_in_in_either_language_and_every_page_passes_axe() {
        String storedLanguage = languageOf(DEMO_ADMINISTRATOR);
        var login = new LoginPage(driver);
        var topBar = new TopBar(driver);
        var start = new StartPage(driver);
        try {
            open("/login");
            assertThat(login.title()).isEqualTo("Sign in");
            screenshot("sign-in-en");
            Accessibility.assertNoViolations(driver, "the sign-in page in English");

            login.switchLanguage();
            assertThat(login.title()).isEqualTo("Zaloguj się");
            screenshot("sign-in-pl");
            Accessibility.assertNoViolations(driver, "the sign-in page in Polish");

            login.signIn(DEMO_ADMINISTRATOR, DEMO_PASSWORD);
            // Her stored language is Polish, so the start page speaks Polish.
            assertThat(start.greeting()).isEqualTo("Witaj, Anna");
            assertThat(topBar.brand()).isEqualTo("Extranet");
            assertThat(topBar.userName()).isEqualTo("Anna Nowak");
            assertThat(start.company()).isEqualTo("Twoja firma: Hydro-Tech Dystrybucja Sp. z o.o.");
            assertThat(topBar.signOutLabel()).isEqualTo("Wyloguj się");
            assertThat(start.permissions()).containsExactly("Zarządzanie użytkownikami", "Składanie zamówień",
                    "Przeglądanie zamówień", "Przeglądanie faktur", "Przeglądanie cen", "Przygotowywanie wycen");
            screenshot("start-pl");
            Accessibility.assertNoViolations(driver, "the start page in Polish");

            topBar.switchLanguage();
            assertThat(start.greeting()).isEqualTo("Welcome, Anna");
            assertThat(topBar.signOutLabel()).isEqualTo("Sign out");
            assertThat(start.permissions()).containsExactly("Manage users", "Place orders", "View orders",
                    "View invoices", "View prices", "Prepare quotes");
            assertThat(languageOf(DEMO_ADMINISTRATOR)).isEqualTo("en");
            screenshot("start-en");
            Accessibility.assertNoViolations(driver, "the start page in English");

            topBar.switchLanguage();
            assertThat(start.greeting()).isEqualTo("Witaj, Anna");
            assertThat(languageOf(DEMO_ADMINISTRATOR)).isEqualTo(storedLanguage);
        } finally {
            // Should the test fail half-way, the demo administrator still keeps her own language.
            db.update(APP_USER).set(APP_USER.LANGUAGE, storedLanguage)
                    .where(APP_USER.EMAIL.eq(DEMO_ADMINISTRATOR)).execute();
        }
    }

    @Test
    void after_a_failed_sign_in_the_address_stays_and_the_reason_is_read_out_at_the_password_field_in_either_language() {
        String email = fixtures.user(fixtures.company());
        String reason = "Check your e-mail address and password and try again. "
                + "If you have not set a password yet, use the link from your welcome e-mail.";
        open("/login");
        var login = new LoginPage(driver);

        login.signIn(email, "not the password at all");

        assertThat(driver.getCurrentUrl()).contains("/login?error")
                .as("the address typed stays out of the page's address").doesNotContain(email.substring(0, email.indexOf('@')));
        assertThat(login.errorMessage()).startsWith("Could not sign you in");
        assertThat(login.value("username")).isEqualTo(email);
        assertThat(login.value("password")).isEmpty();
        assertThat(login.fieldError("password")).isEqualTo(reason);
        assertThat(login.isDescribedByError("password", reason)).as("the password field is described by the reason").isTrue();
        assertThat(login.isFocused("password")).isTrue();
        // Vaadin reads a field's error out through its live region, there before the text comes in.
        waiting(driver).until(browser -> login.announced().contains(reason));
        screenshot("sign-in-error");
        Accessibility.assertNoViolations(driver, "the sign-in page showing an error");

        // A reload keeps the reason but not the address, which was kept for one page only: the
        // reason then goes to the e-mail field, where the focus is.
        driver.navigate().refresh();
        waitForVaadin();
        assertThat(login.value("username")).isEmpty();
        assertThat(login.fieldError("username")).isEqualTo(reason);
        assertThat(login.isFocused("username")).isTrue();
        Accessibility.assertNoViolations(driver, "the sign-in page after a failure, reloaded");

        // In Polish, an address typed with spaces in front comes back without them.
        login.switchLanguage();
        login.signIn("  " + email, "nie to hasło");

        assertThat(login.value("username")).isEqualTo(email);
        assertThat(login.errorMessage()).startsWith("Nie udało się zalogować")
                .contains("Sprawdź adres e-mail i hasło, a następnie spróbuj ponownie.");
        assertThat(login.isFocused("password")).isTrue();
        Accessibility.assertNoViolations(driver, "the sign-in page showing an error in Polish");
    }

    @Test
    void signing_out_returns_to_the_sign_in_page_and_ends_the_session_so_the_start_page_asks_to_sign_in() {
        String email = fixtures.user(fixtures.company(), "VIEW_PRICES");
        open("/login");
        new LoginPage(driver).signIn(email, Fixtures.PASSWORD);
        var topBar = new TopBar(driver);
        assertThat(new StartPage(driver).greeting()).isEqualTo("Welcome, Test");

        topBar.signOut();

        assertThat(new LoginPage(driver).isShown()).isTrue();
        assertThat(topBar.isShown()).isFalse();
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email)))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(AUDIT_EVENT.ACTION)).containsExactly("SIGNED_IN", "SIGNED_OUT");
        assertThat(db.fetchSingle(USER_SESSION, USER_SESSION.USER_ID.eq(fixtures.userId(email))).getEndedAt())
                .as("the session's record, which every node reads").isNotNull();

        // The start page, typed in by a visitor who is signed in no more, leads to the sign-in page.
        open("/");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(new LoginPage(driver).isShown()).isTrue();
        assertThat(topBar.isShown()).isFalse();
    }

    private String languageOf(String email) {
        return db.select(APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.LANGUAGE);
    }
}
