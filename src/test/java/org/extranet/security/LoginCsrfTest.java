package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.extranet.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: another site must not be able to sign a visitor's browser in to an account of the
 * attacker's choosing (whose activity the attacker could then watch). The sign-in form must carry
 * the token of the browser's own session.
 */
class LoginCsrfTest extends WebTest {

    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?error=expired"));
    }

    @Test
    void the_sign_in_form_with_the_sessions_token_signs_in() {
        String email = fixtures.user(fixtures.company());
        var browser = browser();

        var answer = browser.signIn(email, Fixtures.PASSWORD);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("/login"));
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void a_signed_in_user_typing_an_address_that_is_no_page_reaches_the_router() {
        var browser = browser();
        browser.signIn(fixtures.user(fixtures.company()), Fixtures.PASSWORD);

        var answer = browser.get("/no-such-page");

        // The page that boots the router, which shows the not-found page (ErrorPagesIT), not a bare 403.
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).doesNotContainIgnoringCase("exception");
        assertThat(browser.isSignedIn()).isTrue();
    }

    @Test
    void a_visitor_typing_an_address_that_is_no_page_is_asked_to_sign_in() {
        var answer = browser().get("/no-such-page");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
    }

    @Test
    void a_sign_in_without_a_token_is_refused() {
        String email = fixtures.user(fixtures.company());
        var browser = browser();
        browser.csrfToken();

        var answer = browser.post("/login", Map.of("username", email, "password", Fixtures.PASSWORD));

        assertRefused(answer);
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_with_the_token_of_another_session_is_refused() {
        String email = fixtures.user(fixtures.company());
        var attackersToken = browser().csrfToken();
        var victim = browser();
        victim.csrfToken();

        var answer = victim.post("/login", Map.of("username", email, "password", Fixtures.PASSWORD,
                attackersToken.getKey(), attackersToken.getValue()));

        assertRefused(answer);
        assertThat(victim.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused() {
        String email = fixtures.user(fixtures.company());
        var attackersToken = browser().csrfToken();
        var victim = browser();
        victim.csrfToken();

        // The attacker's page can post a form but cannot read the victim's token.
        var answer = victim.post("/login", Map.of("username", email, "password", Fixtures.PASSWORD,
                        attackersToken.getKey(), attackersToken.getValue()),
                "Origin", "https://attacker.example", "Referer", "https://attacker.example/win-a-prize");

        assertRefused(answer);
        assertThat(victim.isSignedIn()).isFalse();
    }

    @Test
    void a_sign_in_without_any_session_is_refused() {
        String email = fixtures.user(fixtures.company());
        var attackersToken = browser().csrfToken();

        var answer = browser().post("/login", Map.of("username", email, "password", Fixtures.PASSWORD,
                attackersToken.getKey(), attackersToken.getValue()), "Origin", "https://attacker.example");

        assertRefused(answer);
    }
}
