package org.extranet.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.extranet.database.PasswordFile;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The signing keys: encrypted at rest with the configured key (as authenticator apps' secrets are),
 * or in the zero-setup run with one made at random on the first start and kept beside the embedded
 * database. An external database needs it set. The key is replaced every {@code extranet.openid.key-rotation}.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    /** "extranet-oidc" in hex: sets this use of the key apart from any other. */
    private static final String SALT = "65787472616e65742d6f696463";
    private static final int SHORTEST_KEY = 16;

    @Bean
    SigningKeys signingKeys(DSLContext db, OpenIdSettings settings, Clock clock, ObjectProvider<EmbeddedPostgres> embedded,
                            @Value("${extranet.embedded-database.directory:data/postgres}") Path directory) throws IOException {
        String key = settings.encryptionKey();
        if (key == null || key.isBlank()) {
            if (embedded.getIfAvailable() == null) {
                throw new IllegalStateException("No key to encrypt the OpenID Connect signing keys is configured "
                        + "(EXTRANET_OPENID_ENCRYPTION_KEY): set it to a long random value, the same on every node.");
            }
            key = PasswordFile.readOrCreate(PasswordFile.beside(directory, ".openid-key"));
        }
        if (key.strip().length() < SHORTEST_KEY) {
            throw new IllegalStateException("EXTRANET_OPENID_ENCRYPTION_KEY must have at least " + SHORTEST_KEY + " characters");
        }
        return new SigningKeys(db, Encryptors.stronger(key.strip(), SALT), settings, clock);
    }

    @Bean
    DatabaseJwkSource jwkSource(SigningKeys keys) {
        return new DatabaseJwkSource(keys);
    }

    /** Signs with the newest key, although the older ones are still published beside it. */
    @Bean
    JwtEncoder jwtEncoder(DatabaseJwkSource keys) {
        JWKSource<SecurityContext> source = keys;
        var encoder = new NimbusJwtEncoder(source);
        encoder.setJwkSelector((List<JWK> candidates) -> {
            String signing = keys.signingKey().getKeyID();
            return candidates.stream().filter(jwk -> signing.equals(jwk.getKeyID())).findFirst().orElse(candidates.getFirst());
        });
        return encoder;
    }

    /** Checks the provider's own access tokens at its userinfo endpoint. */
    @Bean
    JwtDecoder jwtDecoder(DatabaseJwkSource keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    KeyRotation keyRotation(SigningKeys keys, DatabaseJwkSource source, OpenIdSettings settings) {
        return new KeyRotation(keys, source, settings);
    }
}
