package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.extranet.Fixtures;
import org.extranet.account.StartPage;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.extranet.ui.TopBar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in form sends the token of its session (from the page's meta tags). When that session
 * is gone while the page stays open (it timed out, or the browser dropped its cookies), the form's
 * token is void: the user is asked to sign in again, and the fresh page works.
 */
class SignInTokenIT extends BrowserTest {

    @Autowired Fixtures fixtures;

    @Test
    void a_sign_in_page_that_outlived_its_session_asks_to_sign_in_again_and_then_works() {
        String email = fixtures.user(fixtures.company());
        open("/login");
        var login = new LoginPage(driver);
        driver.manage().deleteAllCookies();

        login.signIn(email, Fixtures.PASSWORD);

        assertThat(driver.getCurrentUrl()).endsWith("/login?error=expired");
        assertThat(login.errorMessage()).startsWith("Please sign in again");
        assertThat(new TopBar(driver).isShown()).isFalse();

        login.signIn(email, Fixtures.PASSWORD);

        assertThat(new StartPage(driver).greeting()).isEqualTo("Welcome, Test");
    }
}
