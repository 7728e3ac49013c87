package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.browser.BrowserTest.waiting;
import static org.extranet.db.Tables.APP_USER;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.extranet.Fixtures;
import org.extranet.base.UserStatus;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The edit window's sign-in part in a real browser: axe with reasons and fixes shown, and after a fix. */
class SignInHelpIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired AuthenticationProvider signInPage;

    @Test
    void a_locked_and_blocked_user_is_explained_and_unlocked_accessibly() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        String colleague = fixtures.user(company);
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signInPage.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(colleague, "wrong password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .set(APP_USER.LOCKED_BY, fixtures.userId(admin)).where(APP_USER.EMAIL.eq(colleague)).execute();

        open("/login");
        new LoginPage(driver).signIn(admin, Fixtures.PASSWORD);
        open("/admin");
        var panel = new AdminPanelPage(driver);
        panel.edit(name);
        var status = By.cssSelector("section.sign-in-help [role='status']");
        assertThat(driver.findElement(status).getText())
                .contains("Locked by Test ").contains("Signing in is blocked until ");
        screenshot("sign-in-help-locked-and-blocked-en");
        Accessibility.assertNoViolations(driver, "the edit window explaining a lock and a block");

        driver.findElement(By.xpath("//section[contains(@class,'sign-in-help')]//vaadin-button[normalize-space()='Unlock']"))
                .click();
        waiting(driver).until(browser -> browser.findElement(status).getText().startsWith(name + " is unlocked."));
        assertThat(panel.focused().getText()).as("the clicked button is gone; the focus is on the part's heading")
                .isEqualTo("Sign-in");
        screenshot("sign-in-help-unlocked-en");
        Accessibility.assertNoViolations(driver, "the edit window after unlocking");
    }
}
