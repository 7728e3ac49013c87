package org.extranet.secondfactor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.extranet.database.PasswordFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.encrypt.Encryptors;

/**
 * The key that encrypts authenticator apps' secrets: the configured one, or in the zero-setup run
 * one made at random on the first start and kept beside the embedded database (not in it, so a
 * copy of the data alone does not give the secrets away). An external database needs it set.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    /** "extranet-totp" in hex. Not secret: it only sets this use of the key apart from any other (Spring's encryptors ask for one). */
    private static final String SALT = "65787472616e65742d746f7470";

    @Bean
    AuthenticatorSecrets authenticatorSecrets(SecondFactorSettings settings, ObjectProvider<EmbeddedPostgres> embedded,
                                              @Value("${extranet.embedded-database.directory:data/postgres}") Path directory)
            throws IOException {
        String key = settings.encryptionKey();
        if (key == null || key.isBlank()) {
            if (embedded.getIfAvailable() == null) {
                throw new EncryptionKeyMissing();
            }
            key = PasswordFile.readOrCreate(PasswordFile.beside(directory, ".second-factor-key"));
        }
        if (key.strip().length() < EncryptionKeyMissing.SHORTEST) {
            throw new EncryptionKeyMissing();
        }
        return new AuthenticatorSecrets(Encryptors.stronger(key.strip(), SALT));
    }
}
