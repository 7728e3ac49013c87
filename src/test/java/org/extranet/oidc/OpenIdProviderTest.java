package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.application.ApplicationData;
import org.extranet.user.SignInSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A relying party against the provider over HTTP, the protocol's basics one by one: discovery,
 * the ID token's signature against JWKS, the nonce, PKCE for public clients, the exact redirect
 * address, a code used once, refresh tokens that rotate, revocation, and access withdrawn at once
 * when a user is locked (introspection inactive, back-channel logout received).
 */
class OpenIdProviderTest extends ProviderTestSupport {

    @Autowired SignInSupport signInSupport;

    private RelyingParty confidential;
    private RelyingParty publicClient;

    @BeforeAll
    void applications() {
        confidential = confidentialApplication();
        publicClient = register(new ApplicationData(Fixtures.unique("Prices"), List.of(redirect), List.of(), null, false,
                Set.of("openid", "email")));
    }

    @Test
    void discovery_names_every_endpoint_and_pkce() {
        var discovery = json(browser().get("/.well-known/openid-configuration", "Accept", "application/json"));

        assertThat(discovery.get("issuer").asString()).isEqualTo("http://localhost:" + port);
        for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint",
                "end_session_endpoint", "introspection_endpoint", "revocation_endpoint")) {
            assertThat(discovery.has(endpoint)).as(endpoint).isTrue();
        }
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void a_user_signs_in_through_the_product_and_the_id_token_is_signed_with_a_published_key_and_carries_the_nonce()
            throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company, "VIEW_PRICES");
        var browser = browser();
        String verifier = RelyingParty.random();
        String authorize = confidential.authorizePath(SCOPES, "state-1", "nonce-42", verifier, redirect);

        var toSignIn = browser.get(authorize);
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(toSignIn.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        var afterSignIn = browser.signIn(email, Fixtures.PASSWORD);
        assertThat(afterSignIn.headers().firstValue("Location").orElseThrow()).contains("/oauth2/authorize");
        String code = code(browser, confidential, "nonce-42", verifier);

        var tokens = json(confidential.exchange(code, verifier));
        var idToken = SignedJWT.parse(tokens.get("id_token").asString());
        var keys = JWKSet.parse(browser().get("/oauth2/jwks", "Accept", "application/json").body());
        var key = (RSAKey) keys.getKeyByKeyId(idToken.getHeader().getKeyID());
        assertThat(key.isPrivate()).as("JWKS publishes public keys only").isFalse();
        assertThat(idToken.verify(new RSASSAVerifier(key))).isTrue();
        var claims = idToken.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(Long.toString(fixtures.userId(email)));
        assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-42");
        assertThat(claims.getAudience()).containsExactly(confidential.clientId);
        assertThat(claims.getStringClaim("email")).isEqualTo(email);
        assertThat(claims.getJSONObjectClaim("company")).containsEntry("id", Long.toString(company));
        assertThat(claims.getStringListClaim("permissions")).containsExactly("VIEW_PRICES");

        var access = SignedJWT.parse(tokens.get("access_token").asString()).getJWTClaimsSet();
        assertThat(access.getSubject()).isEqualTo(claims.getSubject());
        assertThat(access.getStringClaim("company_id")).isEqualTo(Long.toString(company));
        assertThat(access.getStringListClaim("permissions")).containsExactly("VIEW_PRICES");

        var userInfo = json(browser().get("/userinfo", "Accept", "application/json",
                "Authorization", "Bearer " + tokens.get("access_token").asString()));
        assertThat(userInfo.get("sub").asString()).isEqualTo(claims.getSubject());
        assertThat(userInfo.get("email").asString()).as("the signed-in user's own data only").isEqualTo(email);
        assertThat(userInfo.get("company").get("id").asString()).isEqualTo(Long.toString(company));
    }

    @Test
    void a_code_is_used_once() {
        var browser = signedIn(fixtures.user(fixtures.company()));
        String verifier = RelyingParty.random();
        String code = code(browser, confidential, "n", verifier);

        assertThat(confidential.exchange(code, verifier).statusCode()).isEqualTo(200);
        var again = confidential.exchange(code, verifier);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("invalid_grant");
    }

    @Test
    void refresh_tokens_rotate_and_a_used_or_revoked_one_is_refused() {
        var browser = signedIn(fixtures.user(fixtures.company()));
        String verifier = RelyingParty.random();
        var tokens = json(confidential.exchange(code(browser, confidential, "n", verifier), verifier));
        String first = tokens.get("refresh_token").asString();

        var refreshed = json(confidential.refresh(first));
        String second = refreshed.get("refresh_token").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(confidential.refresh(first).statusCode()).as("the used refresh token").isEqualTo(400);
        assertThat(confidential.revoke(second).statusCode()).isEqualTo(200);
        assertThat(confidential.refresh(second).statusCode()).as("the revoked refresh token").isEqualTo(400);
    }

    @Test
    void a_public_client_must_use_pkce() {
        var browser = signedIn(fixtures.user(fixtures.company()));

        var withoutPkce = RelyingParty.follow(browser, publicClient.authorizePath("openid email", "s", "n", null, redirect));
        assertThat(withoutPkce.headers().firstValue("Location").orElseThrow())
                .startsWith(redirect).contains("error=invalid_request").doesNotContain("code=");

        String verifier = RelyingParty.random();
        var response = RelyingParty.follow(browser, publicClient.authorizePath("openid email", "state-1", "n", verifier, redirect));
        String code = RelyingParty.query(response.headers().firstValue("Location").orElseThrow()).get("code");
        assertThat(publicClient.exchange(code, "a-different-verifier-a-different-verifier-1234").statusCode()).isEqualTo(400);
    }

    @Test
    void only_the_exact_redirect_address_is_used() {
        var browser = signedIn(fixtures.user(fixtures.company()));

        var response = RelyingParty.follow(browser,
                confidential.authorizePath(SCOPES, "s", "n", RelyingParty.random(), redirect + "/elsewhere"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void a_sign_in_waiting_for_its_second_factor_gets_no_code() {
        var browser = signedIn(fixtures.staff());

        var response = browser.get(confidential.authorizePath(SCOPES, "s", "n", RelyingParty.random(), redirect));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in/second-factor")
                .doesNotContain("code=");
    }

    @Test
    void a_back_end_service_gets_a_token_of_its_own_with_client_credentials() {
        var token = json(confidential.token(Map.of("grant_type", "client_credentials", "scope", "extranet.company")));

        assertThat(confidential.introspect(token.get("access_token").asString()).get("active").asBoolean()).isTrue();
    }

    @Test
    void locking_a_user_revokes_their_tokens_and_logs_them_out_of_the_application_at_once() throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company);
        String administrator = fixtures.user(company, "MANAGE_USERS");
        var browser = signedIn(email);
        String verifier = RelyingParty.random();
        var tokens = json(confidential.exchange(code(browser, confidential, "n", verifier), verifier));
        String accessToken = tokens.get("access_token").asString();
        assertThat(confidential.introspect(accessToken).get("active").asBoolean()).isTrue();

        signIn.as(administrator);
        signInSupport.lockUser(fixtures.userId(email));
        signIn.out();

        assertThat(confidential.introspect(accessToken).get("active").asBoolean()).isFalse();
        assertThat(confidential.refresh(tokens.get("refresh_token").asString()).statusCode()).isEqualTo(400);
        var jwt = logoutTokenFor(fixtures.userId(email));
        var keys = JWKSet.parse(browser().get("/oauth2/jwks", "Accept", "application/json").body());
        assertThat(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID())))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(Long.toString(fixtures.userId(email)));
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(confidential.clientId);
        assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("events")).containsKey(BackChannelLogout.EVENT);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:" + port);
    }
}
