package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.PASSKEY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.extranet.Fixtures;
import org.extranet.TestClock;
import org.extranet.secondfactor.Authenticators;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spring Security's WebAuthn endpoints as the product opens them, over HTTP: each needs the
 * session's CSRF token, the options ask for a verified user of this relying party, an unknown
 * passkey is answered with the reason the sign-in page shows, and Spring's own removal is closed.
 */
class PasskeyEndpointsTest extends WebTest {

    private static final String MADE_UP_PASSKEY = """
            {"id":"bWFkZS11cA","rawId":"bWFkZS11cA","type":"public-key",
             "response":{"authenticatorData":"AAAA","clientDataJSON":"AAAA","signature":"AAAA"},
             "clientExtensionResults":{}}""";

    @Autowired DSLContext db;
    @Autowired TestClock clock;
    @Autowired Authenticators authenticators;

    private static String[] token(Map.Entry<String, String> csrf) {
        return new String[] {"X-CSRF-TOKEN", csrf.getValue()};
    }

    @Test
    void the_sign_in_options_ask_for_a_verified_user_of_this_relying_party_and_need_the_token() {
        var browser = browser();
        var token = token(browser.csrfToken());

        var options = browser.json("POST", "/webauthn/authenticate/options", "", token);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"rpId\":\"localhost\"", "\"userVerification\":\"required\"", "\"challenge\":");

        // Without it the visitor is sent to the sign-in page, as for anything refused before signing in.
        for (var refused : List.of(browser.json("POST", "/webauthn/authenticate/options", ""),
                browser.json("POST", "/login/webauthn", MADE_UP_PASSKEY))) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void a_passkey_nobody_has_is_refused_with_the_reason_the_sign_in_page_shows() {
        var browser = browser();
        var token = token(browser.csrfToken());
        browser.json("POST", "/webauthn/authenticate/options", "", token);

        var answer = browser.json("POST", "/login/webauthn", MADE_UP_PASSKEY, token);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo("{\"error\":\"passkey\"}");
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void registration_options_are_the_signed_in_users_with_a_random_handle() {
        String email = fixtures.user(fixtures.company());
        long userId = fixtures.userId(email);
        var browser = browser();
        browser.signIn(email, Fixtures.PASSWORD);
        var token = token(browser.csrfToken("/account"));

        var options = browser.json("POST", "/webauthn/register/options", "", token);

        assertThat(options.statusCode()).isEqualTo(200);
        String handle = db.fetchValue(APP_USER.PASSKEY_USER_HANDLE, APP_USER.ID.eq(userId));
        // 32 random bytes, nothing of the account's id or address.
        assertThat(handle).hasSize(43).isNotEqualTo(String.valueOf(userId)).doesNotContain(email);
        assertThat(options.body()).contains("\"name\":\"" + email + "\"", "\"id\":\"" + handle + "\"",
                "\"residentKey\":\"required\"", "\"userVerification\":\"required\"");
        assertThat(options.body()).doesNotContain("\"id\":\"" + userId + "\"");
    }

    @Test
    void spring_securitys_own_removal_is_closed_passkeys_are_removed_on_account_information() {
        String email = fixtures.user(fixtures.company());
        long passkey = fixtures.passkey(email, "Laptop");
        String credentialId = db.fetchValue(PASSKEY.CREDENTIAL_ID, PASSKEY.ID.eq(passkey));
        var browser = browser();
        browser.signIn(email, Fixtures.PASSWORD);
        var token = token(browser.csrfToken("/account"));

        var answer = browser.json("DELETE", "/webauthn/register/" + credentialId, "", token);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(db.fetchCount(PASSKEY, PASSKEY.ID.eq(passkey))).isOne();
    }

    @Test
    void registering_a_passkey_needs_a_recent_factor_even_when_a_script_skips_the_page() {
        String email = fixtures.user(fixtures.company());
        var browser = browser();
        browser.signIn(email, Fixtures.PASSWORD);
        var token = token(browser.csrfToken("/account"));
        clock.move(Duration.ofMinutes(6));
        try {
            assertThat(browser.json("POST", "/webauthn/register/options", "", token).statusCode()).isEqualTo(403);
            assertThat(browser.json("POST", "/webauthn/register", "{}", token).statusCode()).isEqualTo(403);
        } finally {
            clock.reset();
        }
        assertThat(browser.json("POST", "/webauthn/register/options", "", token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_in_waiting_for_its_second_factor_registers_no_passkey() {
        String email = fixtures.user(fixtures.company());
        authenticators.enrol(email);
        var browser = browser();
        browser.signIn(email, Fixtures.PASSWORD);
        var token = token(browser.csrfToken("/sign-in/second-factor"));

        assertThat(browser.json("POST", "/webauthn/register/options", "", token).statusCode()).isEqualTo(403);
    }
}
