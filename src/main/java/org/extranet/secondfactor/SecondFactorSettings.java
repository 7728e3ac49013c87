package org.extranet.secondfactor;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code extranet.second-factor.*}: the key that encrypts authenticator apps' secrets in the
 * database. Unset, the zero-setup run makes one at random beside its embedded database; with an
 * external database it must be set ({@link EncryptionKeyMissing}).
 */
@ConfigurationProperties("extranet.second-factor")
public record SecondFactorSettings(@Nullable String encryptionKey) {
}
