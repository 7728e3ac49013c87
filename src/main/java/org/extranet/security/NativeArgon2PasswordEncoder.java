package org.extranet.security;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id computed by the reference C implementation (argon2-jvm, through JNA), several times
 * faster than Bouncy Castle's Java code that {@link Argon2PasswordEncoder} uses, so a sign-in costs
 * less CPU at the same parameters. Both read and write the same PHC string
 * ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}, Base64 without padding), so stored hashes
 * keep verifying whichever of the two made them. The library hashes and compares (in constant
 * time); this class only adapts it to Spring Security.
 */
final class NativeArgon2PasswordEncoder implements PasswordEncoder {

    private static final Logger log = LoggerFactory.getLogger(NativeArgon2PasswordEncoder.class);
    private static final String ARGON2ID = "$argon2id$";

    private final Argon2Advanced argon2;
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    /** Spring's encoder with the same parameters: tells stale parameters, and verifies other Argon2 types. */
    private final Argon2PasswordEncoder sameInJava;

    private NativeArgon2PasswordEncoder(Argon2Advanced argon2, int saltLength, int hashLength, int parallelism,
                                        int memoryKib, int iterations) {
        this.argon2 = argon2;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.sameInJava = new Argon2PasswordEncoder(saltLength, hashLength, parallelism, memoryKib, iterations);
    }

    /**
     * The native encoder with these parameters (as {@link Argon2PasswordEncoder}'s constructor
     * takes them), or empty where the bundled C library cannot be loaded on this machine.
     */
    static Optional<PasswordEncoder> load(int saltLength, int hashLength, int parallelism, int memoryKib, int iterations) {
        try {
            var argon2 = Argon2Factory.createAdvanced(Argon2Types.ARGON2id, saltLength, hashLength);
            var encoder = new NativeArgon2PasswordEncoder(argon2, saltLength, hashLength, parallelism, memoryKib, iterations);
            // Loads the library now, at start, rather than on the first sign-in.
            encoder.argon2.hash(1, 8, 1, new byte[1]);
            return Optional.of(encoder);
        } catch (LinkageError | RuntimeException unavailable) {
            log.warn("The native Argon2 library cannot be loaded here; passwords are hashed in Java instead", unavailable);
            return Optional.empty();
        }
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        if (rawPassword == null) {
            return null;
        }
        byte[] password = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return argon2.hash(iterations, memoryKib, parallelism, password);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith(ARGON2ID)) {
            return sameInJava.matches(rawPassword, encodedPassword);
        }
        byte[] password = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return argon2.verify(encodedPassword, password);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return sameInJava.upgradeEncoding(encodedPassword);
    }
}
