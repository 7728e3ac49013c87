package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Key rotation as the schedule does it, with the clock moved past the rotation period: the new key
 * signs at once, the one before stays in JWKS while tokens it signed may still be alive, and then
 * goes. (The keys are shared with the other tests of the run; the newest key simply signs theirs.)
 */
class SigningKeyRotationTest extends ProviderTestSupport {

    @Autowired SigningKeys keys;
    @Autowired DatabaseJwkSource source;
    @Autowired OpenIdSettings settings;

    private void rotateAsScheduled() {
        keys.rotateIfDue();
        source.reload();
    }

    private SignedJWT serviceToken(RelyingParty party) throws Exception {
        var token = json(party.token(Map.of("grant_type", "client_credentials", "scope", "extranet.company")));
        return SignedJWT.parse(token.get("access_token").asString());
    }

    private JWKSet published() throws Exception {
        return JWKSet.parse(browser().get("/oauth2/jwks", "Accept", "application/json").body());
    }

    @Test
    void a_new_key_signs_after_the_rotation_period_and_the_old_one_is_published_until_its_tokens_expired() throws Exception {
        var party = confidentialApplication();
        rotateAsScheduled();
        SignedJWT before = serviceToken(party);
        String oldKey = before.getHeader().getKeyID();

        clock.move(settings.keyRotation().plusMinutes(1));
        assertThat(keys.rotateIfDue()).as("due after the rotation period").isTrue();
        source.reload();
        SignedJWT after = serviceToken(party);

        String newKey = after.getHeader().getKeyID();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(published().getKeys()).extracting(JWK::getKeyID).startsWith(newKey).contains(oldKey);
        assertThat(before.verify(new RSASSAVerifier((RSAKey) published().getKeyByKeyId(oldKey))))
                .as("a token signed before the rotation is still checked against JWKS").isTrue();
        assertThat(keys.rotateIfDue()).as("not due again right away").isFalse();

        clock.move(Duration.ofMinutes(20));
        rotateAsScheduled();
        assertThat(published().getKeys()).extracting(JWK::getKeyID).contains(oldKey);

        clock.move(settings.retiredKeyPublished());
        rotateAsScheduled();
        assertThat(published().getKeys()).extracting(JWK::getKeyID).contains(newKey).doesNotContain(oldKey);
        assertThat(published().getKeys()).as("public keys only").noneMatch(JWK::isPrivate);
    }
}
