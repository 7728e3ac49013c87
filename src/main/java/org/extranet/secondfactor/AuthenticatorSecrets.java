package org.extranet.secondfactor;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.encrypt.BytesEncryptor;

/**
 * Authenticator apps' shared secrets as the database keeps them: encrypted with Spring Security's
 * AES-GCM encryptor ({@link SecretKeyConfiguration}), so that a copy of the database (a backup, a
 * dump) gives nobody the codes.
 */
final class AuthenticatorSecrets {

    private final BytesEncryptor encryptor;

    AuthenticatorSecrets(BytesEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    byte[] seal(String secret) {
        return encryptor.encrypt(secret.getBytes(StandardCharsets.US_ASCII));
    }

    String open(byte[] sealed) {
        return new String(encryptor.decrypt(sealed), StandardCharsets.US_ASCII);
    }
}
