package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.USER_SESSION;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.extranet.security.WebClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RP-initiated logout: an application sends the user to the provider's end-session endpoint with
 * the ID token it got; the product's session ends and the user goes back to the application's
 * registered address, and only to one registered.
 */
class RelyingPartyLogoutTest extends ProviderTestSupport {

    @Autowired DSLContext db;

    private RelyingParty orders;

    @BeforeAll
    void application() {
        orders = confidentialApplication();
    }

    private String logoutPath(String idToken, String postLogoutUri) {
        return ProviderConfiguration.LOGOUT + "?id_token_hint=" + encode(idToken) + "&client_id=" + encode(orders.clientId)
                + "&post_logout_redirect_uri=" + encode(postLogoutUri) + "&state=bye-1";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private int openSessions(long userId) {
        return db.fetchCount(USER_SESSION, USER_SESSION.USER_ID.eq(userId).and(USER_SESSION.ENDED_AT.isNull()));
    }

    private static boolean signedIn(WebClient browser) {
        var start = browser.get("/");
        return start.statusCode() == 200;
    }

    @Test
    void the_application_signs_the_user_out_of_the_product_and_gets_them_back_at_its_registered_address() {
        String email = fixtures.user(fixtures.company());
        long userId = fixtures.userId(email);
        var browser = signedIn(email);
        String idToken = tokens(browser, orders).get("id_token").asString();
        assertThat(openSessions(userId)).isEqualTo(1);

        var response = browser.get(logoutPath(idToken, base + "/signed-out"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(base + "/signed-out?state=bye-1");
        assertThat(openSessions(userId)).as("the product's session record is ended").isZero();
        assertThat(signedIn(browser)).as("the browser is signed out of the product").isFalse();
    }

    @Test
    void an_address_the_application_did_not_register_is_refused_and_the_session_stays() {
        String email = fixtures.user(fixtures.company());
        long userId = fixtures.userId(email);
        var browser = signedIn(email);
        String idToken = tokens(browser, orders).get("id_token").asString();

        var response = browser.get(logoutPath(idToken, "https://attacker.example/signed-out"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(openSessions(userId)).isEqualTo(1);
        assertThat(signedIn(browser)).isTrue();
    }
}
