package org.extranet.oidc;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code extranet.openid.*}: the key that encrypts the provider's signing keys in the database (unset,
 * the zero-setup run makes one beside its embedded database; an external database needs it), how
 * often the signing key is replaced, token lifetimes, and the delivery of back-channel logouts.
 */
@ConfigurationProperties("extranet.openid")
public record OpenIdSettings(@Nullable String encryptionKey,
                             @DefaultValue("30d") Duration keyRotation,
                             @DefaultValue("5m") Duration accessTokenLifetime,
                             @DefaultValue("8h") Duration refreshTokenLifetime,
                             @DefaultValue("5s") Duration logoutPollInterval,
                             @DefaultValue("1h") Duration logoutLongestRetry) {

    /** How long a retired key stays published: every token it signed has expired by then (ID tokens live 30 min). */
    Duration retiredKeyPublished() {
        Duration idToken = Duration.ofMinutes(30);
        return (accessTokenLifetime.compareTo(idToken) > 0 ? accessTokenLifetime : idToken).plusMinutes(5);
    }
}
