package org.extranet.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** A real hash of a random secret: what accounts without a password are compared against. */
@Component
class UnusablePassword {

    private final String hash;

    UnusablePassword(PasswordEncoder passwordEncoder) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.hash = Objects.requireNonNull(passwordEncoder.encode(HexFormat.of().formatHex(secret)));
    }

    String hash() {
        return hash;
    }
}
