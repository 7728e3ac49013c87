package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import org.extranet.Fixtures;
import org.extranet.base.UserStatus;
import org.extranet.browser.Accessibility;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The welcome link of a Polish-speaking user: the set-password page and its answer in Polish. */
class SetPasswordIT extends BrowserTest {

    private static final String PASSWORD = "jesienne liście na wietrze";

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired PasswordLinks links;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_polish_user_follows_the_welcome_link_sets_a_password_and_signs_in() {
        String email = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        db.update(APP_USER).set(APP_USER.LANGUAGE, "pl").where(APP_USER.EMAIL.eq(email)).execute();
        String url = transactions.execute(status -> links.issue(fixtures.userId(email), TokenPurpose.INVITATION)).url();

        open(url.substring(url.indexOf("/set-password")));
        var page = new PasswordPages(driver);
        assertThat(page.heading()).isEqualTo("Ustaw swoje hasło");
        Accessibility.assertNoViolations(driver, "the set-password page in Polish");

        page.type("Nowe hasło", PASSWORD).type("Powtórz nowe hasło", PASSWORD).submit();
        assertThat(page.heading()).isEqualTo("Hasło zostało ustawione");
        Accessibility.assertNoViolations(driver, "the set-password confirmation in Polish");

        page.goToSignIn();
        new LoginPage(driver).signIn(email, PASSWORD);
        assertThat(new TopBar(driver).isShown()).isTrue();
        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(email))).isEqualTo(UserStatus.ACTIVE);
    }
}
