package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.LogLines;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.base.ui.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Addresses with ids that are no ids, or name nothing, and pages that fail: a page in the user's
 * language that shows nothing of the product's insides, and one line in the log per request.
 */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class ErrorPagesTest extends ViewTest {

    private static final String NOT_FOUND_PL = "Nie znaleziono strony";
    private static final String NOT_FOUND_EN = "Page not found";

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_quote_address_without_a_number_is_not_found_in_polish() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.of("pl"));

        try (var logs = LogLines.capture()) {
            navigate("quotes/abc/print", NotFoundPage.class);

            assertNotFoundPage(NOT_FOUND_PL, logs, "quotes/abc/print");
        }
        assertThat(find(Paragraph.class).single().getText()).startsWith("Taka strona nie istnieje");
        assertThat(find(Anchor.class).withText("Przejdź do strony startowej").single().getHref()).isEmpty();
        assertThat(((NotFoundPage) getCurrentView()).getPageTitle()).isEqualTo("Nie znaleziono strony – Extranet");
    }

    @Test
    void a_quote_number_that_names_no_quote_is_not_found_in_english() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        try (var logs = LogLines.capture()) {
            navigate("quotes/99999999/print", NotFoundPage.class);

            assertNotFoundPage(NOT_FOUND_EN, logs, "quotes/99999999/print");
        }
        assertThat(find(Paragraph.class).single().getText()).startsWith("There is no such page");
    }

    @Test
    void a_number_too_long_for_an_id_is_not_found() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        try (var logs = LogLines.capture()) {
            navigate("quotes/99999999999999999999999/print", NotFoundPage.class);

            assertNotFoundPage(NOT_FOUND_EN, logs, "quotes/99999999999999999999999/print");
        }
    }

    @Test
    void an_address_the_product_does_not_have_is_not_found() {
        signIn.as(fixtures.user(fixtures.company()));
        UI.getCurrent().setLocale(Locale.of("pl"));

        try (var logs = LogLines.capture()) {
            navigate("no-such-page", NotFoundPage.class);

            assertNotFoundPage(NOT_FOUND_PL, logs, "no-such-page");
        }
    }

    @Test
    void a_company_parameter_that_is_no_id_or_names_no_company_is_not_found_for_staff() {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        for (String address : new String[] {"admin?company=abc", "admin?company=99999999", "admin?company=",
                "audit-log?company=abc", "audit-log?company=99999999", "back-office/company/abc",
                "back-office/company/99999999"}) {
            try (var logs = LogLines.capture()) {
                open(address);

                assertNotFoundPage(NOT_FOUND_EN, logs, address);
            }
        }
    }

    @Test
    void a_company_parameter_that_is_no_id_is_not_found_for_an_administrator() {
        signIn.as(fixtures.user(fixtures.company(), "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        for (String address : new String[] {"admin?company=abc", "audit-log?company=1e3"}) {
            try (var logs = LogLines.capture()) {
                open(address);

                assertNotFoundPage(NOT_FOUND_EN, logs, address);
            }
        }
    }

    @Test
    void a_page_that_fails_shows_an_apology_and_leaves_the_exception_to_the_log() {
        signIn.as(fixtures.user(fixtures.company()));
        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().addBeforeEnterListener(event -> {
            if (event.getNavigationTarget() == StartView.class) {
                throw new IllegalStateException("secret detail of the failure");
            }
        });

        try (var logs = LogLines.capture()) {
            navigate("", UnexpectedErrorPage.class);

            assertThat(find(H1.class).single().getText()).isEqualTo("Coś poszło nie tak");
            assertThat(html()).doesNotContain("secret detail", "IllegalStateException");
            assertNoInternals();
            assertThat(logs.warningsAndErrors()).singleElement().asString().isEqualTo("ERROR Page failed to open: ");
            assertThat(logs.withStackTrace()).singleElement().asString().endsWith("java.lang.IllegalStateException");
        }
    }

    /** As the browser asks for an address typed or linked, with its query string. */
    private static void open(String address) {
        var location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private void assertNotFoundPage(String heading, LogLines logs, String address) {
        assertThat(getCurrentView()).isInstanceOf(NotFoundPage.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(heading);
        assertNoInternals();
        assertThat(logs.warningsAndErrors()).as("log lines of " + address).singleElement().asString()
                .startsWith("WARN Page not found: " + new Location(address).getPath());
        assertThat(logs.withStackTrace()).isEmpty();
    }

    private void assertNoInternals() {
        assertThat(html()).doesNotContainIgnoringCase("exception")
                .doesNotContain("java.", "org.extranet", "com.vaadin", "at org.", "Caused by", "NumberFormat");
    }

    private static String html() {
        return UI.getCurrent().getElement().getOuterHTML();
    }
}
