package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.browser.BrowserTest.waiting;
import static org.extranet.db.Tables.APP_USER;

import java.time.Instant;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.account.AccountPage;
import org.extranet.account.StartPage;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.extranet.user.AdminPanelPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second factor's whole journey in a browser, by keyboard-sized steps and with axe on every new
 * page in both languages: a user sets up an authenticator app on Account information, signs in again
 * with password and code, gets in once with a recovery code (and not twice with it), and, having
 * lost the phone, gets the factor removed by their administrator.
 */
class SecondFactorIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void set_up_sign_in_with_a_code_and_a_recovery_code_and_the_administrator_removes_it() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        String user = fixtures.user(company, "PLACE_ORDERS");
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(user));
        speaks(user, "pl");
        var login = new LoginPage(driver);
        var topBar = new TopBar(driver);
        var account = new AccountPage(driver);
        var secondFactor = new SecondFactorPage(driver);

        // Set up on Account information: the QR code and the key, in Polish and then in English.
        open("/login");
        login.signIn(user, Fixtures.PASSWORD);
        open("/account");
        account.openAuthenticatorSetUp();
        assertThat(secondFactor.showsQrCode()).isTrue();
        assertThat(secondFactor.key()).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
        screenshot("second-factor-set-up-pl");
        Accessibility.assertNoViolations(driver, "setting up the authenticator app in Polish");
        account.cancelAuthenticatorSetUp();
        account.changeLanguage("English");
        account.openAuthenticatorSetUp();
        assertThat(secondFactor.tabLeadsToTheCode()).as("the focus starts at the first step; Tab leads to the code").isTrue();
        screenshot("second-factor-set-up-en");
        Accessibility.assertNoViolations(driver, "setting up the authenticator app in English");
        String secret = secondFactor.secret();
        List<String> recoveryCodes = secondFactor.confirmEnrolment(Authenticators.codeAt(secret, Instant.now(), 0));
        assertThat(recoveryCodes).hasSize(10);
        Accessibility.assertNoViolations(driver, "the recovery codes");
        secondFactor.savedRecoveryCodes();
        assertThat(account.secondFactor()).contains("10 recovery codes left.");
        topBar.signOut();

        // The password alone leads to the second step; the app's next code completes it.
        login.signIn(user, Fixtures.PASSWORD);
        assertThat(SecondFactorPage.isShownIn(driver)).isTrue();
        assertThat(secondFactor.focusIsOnTheCode()).isTrue();
        open("/account");
        assertThat(SecondFactorPage.isShownIn(driver)).as("every page leads to the second step").isTrue();
        secondFactor.enterCode("000 00");
        assertThat(secondFactor.fieldError()).isEqualTo("Enter the 6 digits the app shows.");
        screenshot("second-factor-code-en");
        Accessibility.assertNoViolations(driver, "the second step of signing in in English");
        secondFactor.signInWith(Authenticators.codeAt(secret, Instant.now(), 1));
        assertThat(new StartPage(driver).greeting()).startsWith("Welcome");
        topBar.signOut();

        // A recovery code gets in once, and not a second time (in Polish now).
        speaks(user, "pl");
        login.signIn(user, Fixtures.PASSWORD);
        screenshot("second-factor-code-pl");
        Accessibility.assertNoViolations(driver, "the second step of signing in in Polish");
        secondFactor.useRecoveryCodeInstead();
        assertThat(secondFactor.fieldLabel()).isEqualTo("Kod odzyskiwania");
        secondFactor.signInWith(recoveryCodes.getFirst());
        topBar.signOut();
        login.signIn(user, Fixtures.PASSWORD);
        secondFactor.useRecoveryCodeInstead();
        secondFactor.enterCode(recoveryCodes.getFirst());
        assertThat(secondFactor.fieldError()).isEqualTo("Ten kod odzyskiwania jest niepoprawny albo został już użyty.");
        driver.findElement(By.cssSelector(".second-factor-page vaadin-button.sign-out")).click();
        waiting(driver).until(browser -> login.isShown());

        // The phone is lost: the administrator removes the second factor, and the password alone lets the user in.
        login.signIn(admin, Fixtures.PASSWORD);
        open("/admin");
        var panel = new AdminPanelPage(driver);
        panel.edit(name);
        var status = By.cssSelector("section.sign-in-help [role='status']");
        assertThat(driver.findElement(status).getText()).contains("A second factor (an authenticator app or a passkey) has been set up since");
        driver.findElement(By.xpath("//section[contains(@class,'sign-in-help')]"
                + "//vaadin-button[normalize-space()='Remove second factor']")).click();
        waiting(driver).until(browser -> browser.findElement(status).getText()
                .startsWith("The second factor of " + name + " is removed"));
        Accessibility.assertNoViolations(driver, "the edit window after removing the second factor");
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        login.signIn(user, Fixtures.PASSWORD);
        assertThat(SecondFactorPage.isShownIn(driver)).isFalse();
        assertThat(new StartPage(driver).greeting()).startsWith("Witaj");
    }

    private void speaks(String email, String language) {
        db.update(APP_USER).set(APP_USER.LANGUAGE, language).where(APP_USER.EMAIL.eq(email)).execute();
    }
}
