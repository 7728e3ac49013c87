package org.extranet.application;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A confidential application's secret: 256 random bits, shown once, kept only as the password encoder's hash. */
final class ClientSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;

    ClientSecrets(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String hash(String secret) {
        return Objects.requireNonNull(encoder.encode(secret));
    }
}
