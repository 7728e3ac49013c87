package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The native Argon2id encoder loads on this kind of machine and is interchangeable with Spring's
 * Java one: each verifies the other's hashes, in the same stored format.
 */
class NativeArgon2PasswordEncoderTest {

    private static final String PASSWORD = "correct horse battery staple ąę";
    private static final String PHC = "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}";

    private final PasswordEncoder nativeArgon2 = NativeArgon2PasswordEncoder.load(PasswordConfiguration.SALT_LENGTH,
            PasswordConfiguration.HASH_LENGTH, PasswordConfiguration.PARALLELISM, PasswordConfiguration.MEMORY_KIB,
            PasswordConfiguration.ITERATIONS).orElseThrow();
    private final Argon2PasswordEncoder javaArgon2 = new Argon2PasswordEncoder(PasswordConfiguration.SALT_LENGTH,
            PasswordConfiguration.HASH_LENGTH, PasswordConfiguration.PARALLELISM, PasswordConfiguration.MEMORY_KIB,
            PasswordConfiguration.ITERATIONS);

    @Test
    void a_native_hash_has_the_stored_format_and_verifies_with_springs_encoder() {
        String hash = nativeArgon2.encode(PASSWORD);

        assertThat(hash).matches(PHC);
        assertThat(javaArgon2.matches(PASSWORD, hash)).isTrue();
        assertThat(javaArgon2.matches(PASSWORD + " ", hash)).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, hash)).isTrue();
        assertThat(nativeArgon2.encode(PASSWORD)).as("a new salt each time").isNotEqualTo(hash);
    }

    @Test
    void a_hash_stored_by_springs_encoder_verifies_natively() {
        String hash = javaArgon2.encode(PASSWORD);

        assertThat(hash).matches(PHC);
        assertThat(nativeArgon2.matches(PASSWORD, hash)).isTrue();
        assertThat(nativeArgon2.matches("correct horse battery staple ae", hash)).isFalse();
        assertThat(nativeArgon2.matches("", hash)).isFalse();
    }

    @Test
    void a_damaged_or_missing_hash_matches_nothing() {
        String hash = nativeArgon2.encode(PASSWORD);

        assertThat(nativeArgon2.matches(PASSWORD, hash.substring(0, hash.length() - 2))).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, hash.replace("t=2", "t=3"))).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, "$argon2id$nonsense")).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, null)).isFalse();
    }

    @Test
    void hashes_made_with_weaker_parameters_are_due_for_an_upgrade_and_current_ones_are_not() {
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 16 * 1024, 2).encode(PASSWORD);

        assertThat(nativeArgon2.upgradeEncoding(weaker)).isTrue();
        assertThat(nativeArgon2.upgradeEncoding(nativeArgon2.encode(PASSWORD))).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, weaker)).as("still verifies").isTrue();
    }

    @Test
    void the_applications_encoder_keeps_the_argon2_id_and_reads_hashes_stored_before() {
        PasswordEncoder application = new PasswordConfiguration().passwordEncoder();
        String storedBefore = "{argon2}" + javaArgon2.encode(PASSWORD);

        assertThat(application.encode(PASSWORD)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(application.matches(PASSWORD, storedBefore)).isTrue();
        assertThat(application.matches("wrong", storedBefore)).isFalse();
        assertThat(application.upgradeEncoding(storedBefore)).isFalse();
    }
}
