package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;

import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.PasswordPages;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.user.UserAdministration;
import org.extranet.user.UserData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default run has no mail server: a new user's welcome mail waits in the outbox without a usable
 * link, so a staff member reads it on "Sent mail" (link redacted), shows a new link once, and the
 * user follows that one. axe checks the page and the window.
 */
class SentMailIT extends BrowserTest {

    private static final String PASSWORD = "lanterns over the harbour";

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired UserAdministration users;
    @Autowired DSLContext db;

    @Test
    @ResourceLock(value = OUTBOX_LOCK, mode = ResourceAccessMode.READ)
    void staff_give_a_new_user_a_link_shown_once_and_the_user_sets_a_password_with_it() throws Exception {
        long company = fixtures.company();
        String invited = Fixtures.unique("ewa") + "@example.com";
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        try {
            users.createUser(company, new UserData(invited, "Ewa", "Lis", null, Language.EN, Set.of()), true);
        } finally {
            signIn.out();
        }
        String staff = fixtures.staff();

        open("/login");
        new LoginPage(driver).signIn(staff, Fixtures.PASSWORD);
        var sentMail = new SentMailPage(driver);
        sentMail.openFromTopBar();
        assertThat(sentMail.heading()).isEqualTo("Sent mail");
        sentMail.search(invited);
        sentMail.read(invited);
        assertThat(sentMail.mailText()).contains("set-password?token=[one-time-token]");
        screenshot("sent-mail-welcome-en");
        Accessibility.assertNoViolations(driver, "a welcome mail on Sent mail");

        sentMail.click("Show a new link");
        String link = sentMail.shownLink();
        assertThat(link).matches("http://localhost:\\d+/set-password\\?token=[A-Za-z0-9_-]{43}");
        screenshot("sent-mail-new-link-en");
        Accessibility.assertNoViolations(driver, "the new link shown once");
        sentMail.closeWindow();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))
                .and(AUDIT_EVENT.ACTION.in("MAIL_READ", "NEW_LINK_SHOWN")))).isEqualTo(2);

        // The link names the configured public address; this test's server listens elsewhere.
        WebDriver userBrowser = anotherBrowser();
        open(userBrowser, link.substring(link.indexOf("/set-password")));
        var page = new PasswordPages(userBrowser);
        assertThat(page.heading()).isEqualTo("Set your password");
        page.type("New password", PASSWORD).type("Repeat new password", PASSWORD).submit();
        assertThat(page.heading()).isEqualTo("Your password is set");
        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(invited))).isEqualTo(UserStatus.ACTIVE);
    }
}
