package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.extranet.Fixtures;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One user in two browsers: the account page (also its "Your sessions"), changing the password in
 * one browser, which ends the other's session, and "Sign out everywhere else", which does the same.
 */
class ChangePasswordIT extends BrowserTest {

    private static final String NEW_PASSWORD = "tractors in the spring rain";

    @Autowired Fixtures fixtures;

    @Test
    void changing_the_password_in_one_browser_ends_the_session_in_the_other() throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company, "PLACE_ORDERS", "VIEW_PRICES");

        // The second browser signs in first and waits on the start page.
        WebDriver other = anotherBrowser();
        other.get(url("/login"));
        waitForVaadin(other);
        new LoginPage(other).signIn(email, Fixtures.PASSWORD);
        assertThat(new TopBar(other).isShown()).isTrue();

        open("/login");
        new LoginPage(driver).signIn(email, Fixtures.PASSWORD);
        var topBar = new TopBar(driver);
        assertThat(topBar.entries()).contains("Account information");
        driver.findElement(By.linkText("Account information")).click();
        waitForVaadin();

        var account = new AccountPage(driver);
        assertThat(account.heading()).isEqualTo("Account information");
        assertThat(account.details()).contains("E-mail: " + email, "Phone: Not given",
                "Company: " + fixtures.companyName(company));
        assertThat(account.permissions()).containsExactly("Place orders", "View prices");
        screenshot("account-en");
        Accessibility.assertNoViolations(driver, "the account page in English");
        assertThat(account.sessions()).hasSize(2).first().asString().endsWith("(This session)");
        account.showSessions();
        screenshot("your-sessions-en");

        var form = account.openChangePassword();
        assertThat(form.title()).isEqualTo("Change password");
        screenshot("change-password-en");
        Accessibility.assertNoViolations(driver, "the change-password form in English");
        form.cancel();

        account.changeLanguage("Polski");
        assertThat(account.heading()).isEqualTo("Informacje o koncie");
        screenshot("account-pl");
        Accessibility.assertNoViolations(driver, "the account page in Polish");

        form = account.openChangePassword();
        assertThat(form.title()).isEqualTo("Zmień hasło");
        form.type("Obecne hasło", "not my password at all").type("Nowe hasło", NEW_PASSWORD)
                .type("Powtórz nowe hasło", NEW_PASSWORD).submit();
        assertThat(form.errorAt("Obecne hasło")).isEqualTo("To nie jest Twoje obecne hasło.");
        screenshot("change-password-pl-error");
        Accessibility.assertNoViolations(driver, "the change-password form in Polish, with an error");

        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        // At 400 % zoom the window shows 320 x 225 CSS pixels: the notice must not cover the
        // button that gets the focus back when the dialog closes.
        resizeViewport(320, 225);
        form.type("Obecne hasło", Fixtures.PASSWORD).submitWithKeyboard();
        assertThat(account.notification()).isEqualTo("Hasło zostało zmienione. Twoje pozostałe sesje zostały wylogowane.");
        assertThat(form.isOpen()).isFalse();
        waiting(driver).until(browser -> account.focusIsOnChangePassword());
        // The notice moves once the focused button has scrolled into view.
        waiting(driver).withMessage("the notice covers the focused button")
                .until(browser -> !account.noticeCoversFocus());
        screenshot("change-password-pl-done-400-percent");
        restoreViewport();
        Accessibility.assertNoViolations(driver, "the account page in Polish after the change");

        // This session goes on, under a new session id.
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(sessionBefore);
        open("/account");
        assertThat(account.heading()).isEqualTo("Informacje o koncie");

        // The other one ends with its next click.
        other.findElement(By.linkText("Account information")).click();
        waiting(other).until(browser -> new LoginPage(browser).isShown());
        waitForVaadin(other);
        assertThat(other.getCurrentUrl()).endsWith("/login");

        var login = new LoginPage(other);
        login.signIn(email, Fixtures.PASSWORD);
        assertThat(login.errorMessage()).startsWith("Could not sign you in");
        login.signIn(email, NEW_PASSWORD);
        assertThat(new TopBar(other).isShown()).isTrue();

        // "Sign out everywhere else" ends the other session too, at its next click.
        open("/account");
        assertThat(account.sessions()).hasSize(2).first().asString().endsWith("(Ta sesja)");
        account.showSessions();
        screenshot("your-sessions-pl");
        account.signOutEverywhereElse();
        assertThat(account.notification()).isEqualTo("Wylogowano 1 inną sesję.");
        assertThat(account.sessions()).singleElement().asString().endsWith("(Ta sesja)");
        assertThat(account.focusIsOnSessionsHeading()).isTrue();
        other.findElement(By.linkText("Informacje o koncie")).click();
        waiting(other).until(browser -> new LoginPage(browser).isShown());
        waitForVaadin(other);
        assertThat(other.getCurrentUrl()).endsWith("/login");
    }
}
