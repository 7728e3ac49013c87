package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.application.ApplicationData;
import org.extranet.application.Applications;
import org.extranet.browser.BrowserTest;
import org.extranet.secondfactor.Authenticators;
import org.extranet.secondfactor.SecondFactorPage;
import org.extranet.ui.LoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another application signs a user in through the product, in Chromium: its authorize address
 * (code + PKCE) leads to the product's sign-in page, the password, the second step with the
 * authenticator app's code, and back to the application's registered address with the code and
 * its state; the application exchanges the code and checks the ID token. (axe on these pages:
 * SignInIT and SecondFactorIT.)
 */
class OpenIdSignInIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired Applications applications;
    @Autowired Authenticators authenticators;

    private HttpServer application;
    private String callback;

    @BeforeAll
    void theApplication() throws IOException {
        application = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        application.createContext("/callback", exchange -> {
            byte[] page = "<!doctype html><title>Orders</title><p>Signed in".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        application.start();
        callback = "http://127.0.0.1:" + application.getAddress().getPort() + "/callback";
    }

    @AfterAll
    void stopTheApplication() {
        application.stop(0);
    }

    @Test
    void a_user_with_an_authenticator_app_signs_in_to_another_application_through_the_product() throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company, "VIEW_ORDERS", "PLACE_ORDERS");
        String secret = authenticators.enrol(email).secret();
        signIn.as(fixtures.staff());
        var issued = applications.registerApplication(new ApplicationData(Fixtures.unique("Orders"), List.of(callback),
                List.of(), null, true, Set.of(ProviderTestSupport.SCOPES.split(" "))));
        signIn.out();
        int port = URI.create(url("/")).getPort();
        var party = new RelyingParty(port, issued.clientId(), issued.secret(), callback);
        String verifier = RelyingParty.random();

        driver.get(url(party.authorizePath(ProviderTestSupport.SCOPES, "state-7", "nonce-7", verifier, callback)));
        waitForVaadin();
        var login = new LoginPage(driver);
        assertThat(login.isShown()).as("the product's own sign-in page").isTrue();
        login.submit(email, Fixtures.PASSWORD);
        assertThat(SecondFactorPage.isShownIn(driver)).as("the second step, before any code goes out").isTrue();
        String returned = new ApplicationSignInPage(driver)
                .giveCodeAndReturnTo(Authenticators.codeAt(secret, Instant.now(), 1), callback);

        assertThat(returned).startsWith(callback + "?");
        var query = RelyingParty.query(returned);
        assertThat(query).containsEntry("state", "state-7").containsKey("code");
        var tokens = ProviderTestSupport.json(party.exchange(query.get("code"), verifier));
        var idToken = SignedJWT.parse(tokens.get("id_token").asString());
        var keys = JWKSet.parse(party.server.get("/oauth2/jwks", "Accept", "application/json").body());
        assertThat(idToken.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(idToken.getHeader().getKeyID())))).isTrue();
        var claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(url("").replaceAll("/$", ""));
        assertThat(claims.getAudience()).containsExactly(issued.clientId());
        assertThat(claims.getSubject()).isEqualTo(Long.toString(fixtures.userId(email)));
        assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-7");
        assertThat(claims.getStringClaim("email")).isEqualTo(email);
        assertThat(claims.getJSONObjectClaim("company")).containsEntry("id", Long.toString(company));
        assertThat(claims.getStringListClaim("permissions")).containsExactlyInAnyOrder("VIEW_ORDERS", "PLACE_ORDERS");
    }
}
