package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;

class ForgotPasswordIT extends BrowserTest {

    private static final String NEW_PASSWORD = "tractors in the spring rain";

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired MailedLinks mailedLinks;

    @Test
    @ResourceLock(value = OUTBOX_LOCK, mode = ResourceAccessMode.READ)
    void a_user_who_forgot_the_password_sets_a_new_one_through_the_mailed_link_and_signs_in() {
        String email = fixtures.user(fixtures.company());
        var pages = new PasswordPages(driver);
        open("/login");

        pages.forgotPasswordFromSignIn();
        assertThat(pages.heading()).isEqualTo("Forgot your password?");
        screenshot("forgot-password-en");
        Accessibility.assertNoViolations(driver, "the forgot-password page");

        pages.type("Email", email).submit();
        assertThat(pages.heading()).isEqualTo("Check your e-mail");
        assertThat(pages.text()).startsWith("If an account exists for " + email);
        screenshot("forgot-password-sent-en");
        Accessibility.assertNoViolations(driver, "the forgot-password answer");

        // The link as the mail carries it once sent; the configured public address is not this test's port.
        driver.get(url(mailedLinks.path(email, "PASSWORD_RESET")));
        waitForVaadin();
        assertThat(pages.heading()).isEqualTo("Choose a new password");
        Accessibility.assertNoViolations(driver, "the set-password page from a reset link");

        pages.type("New password", NEW_PASSWORD).type("Repeat new password", NEW_PASSWORD).submit();
        assertThat(pages.heading()).isEqualTo("Your password is set");
        Accessibility.assertNoViolations(driver, "the set-password confirmation");

        pages.goToSignIn();
        var login = new LoginPage(driver);
        login.signIn(email, Fixtures.PASSWORD);
        assertThat(login.errorMessage()).startsWith("Could not sign you in");
        login.signIn(email, NEW_PASSWORD);
        assertThat(new TopBar(driver).isShown()).isTrue();
    }
}
