package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.application.ApplicationData;
import org.extranet.application.Applications;
import org.extranet.application.IssuedSecret;
import org.extranet.security.WebClient;
import org.extranet.security.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What the provider's service tests share: applications registered through staff's service, a
 * loopback receiver standing in for them (callback, signed-out page, back-channel logout), and the
 * code + PKCE flow of a browser that signed in with its password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderTestSupport extends WebTest {

    static final String SCOPES = "openid profile email extranet.company extranet.permissions";

    @Autowired SignIn signIn;
    @Autowired Applications applications;
    @Autowired BackChannelLogout backChannelLogout;

    private HttpServer receiver;
    private final LinkedBlockingQueue<String> logoutTokens = new LinkedBlockingQueue<>();
    String base;
    String redirect;

    @BeforeAll
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/backchannel", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            logoutTokens.add(URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        redirect = base + "/callback";
    }

    @AfterAll
    void stopReceiver() {
        receiver.stop(0);
    }

    /** A confidential application with every scope, a page after signing out and back-channel logout. */
    RelyingParty confidentialApplication() {
        return register(new ApplicationData(Fixtures.unique("Orders"), List.of(redirect), List.of(base + "/signed-out"),
                base + "/backchannel", true, Set.of(SCOPES.split(" "))));
    }

    RelyingParty register(ApplicationData data) {
        signIn.as(fixtures.staff());
        try {
            IssuedSecret issued = applications.registerApplication(data);
            var party = new RelyingParty(port, issued.clientId(), issued.secret(), redirect);
            party.id = issued.id();
            return party;
        } finally {
            signIn.out();
        }
    }

    WebClient signedIn(String email) {
        var browser = browser();
        browser.signIn(email, Fixtures.PASSWORD);
        return browser;
    }

    String code(WebClient browser, RelyingParty party, String verifier) {
        return code(browser, party, "nonce-1", verifier);
    }

    String code(WebClient browser, RelyingParty party, String nonce, String verifier) {
        var response = RelyingParty.follow(browser, party.authorizePath(SCOPES, "state-1", nonce, verifier, redirect));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?");
        var query = RelyingParty.query(location);
        assertThat(query).containsEntry("state", "state-1").containsKey("code");
        return query.get("code");
    }

    /** The tokens an application gets for the browser's signed-in user. */
    JsonNode tokens(WebClient browser, RelyingParty party) {
        String verifier = RelyingParty.random();
        return json(party.exchange(code(browser, party, verifier), verifier));
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RelyingParty.JSON.readTree(response.body());
    }

    HttpResponse<String> userInfo(String accessToken) {
        return browser().get("/userinfo", "Accept", "application/json", "Authorization", "Bearer " + accessToken);
    }

    /** Delivers the logouts due and waits for the one to this user, by subject; other tests' may come first. */
    SignedJWT logoutTokenFor(long userId) throws InterruptedException, ParseException {
        backChannelLogout.deliverDue();
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            String token = logoutTokens.poll(1, TimeUnit.SECONDS);
            if (token != null && Long.toString(userId).equals(SignedJWT.parse(token).getJWTClaimsSet().getSubject())) {
                return SignedJWT.parse(token);
            }
        }
        throw new AssertionError("no back-channel logout for user " + userId);
    }

    /** Access withdrawn: introspection inactive, the refresh token and userinfo refused, a back-channel logout received. */
    void assertWithdrawn(RelyingParty party, JsonNode tokens, long userId) throws Exception {
        String accessToken = tokens.get("access_token").asString();
        assertThat(party.introspect(accessToken).get("active").asBoolean()).as("introspection").isFalse();
        assertThat(party.refresh(tokens.get("refresh_token").asString()).statusCode()).as("refresh").isEqualTo(400);
        assertThat(userInfo(accessToken).statusCode()).as("userinfo").isEqualTo(401);
        var logout = logoutTokenFor(userId).getJWTClaimsSet();
        assertThat(logout.getAudience()).containsExactly(party.clientId);
        assertThat(logout.getJSONObjectClaim("events")).containsKey(BackChannelLogout.EVENT);
    }

    void assertActive(RelyingParty party, JsonNode tokens) {
        assertThat(party.introspect(tokens.get("access_token").asString()).get("active").asBoolean()).isTrue();
    }
}
