package org.extranet.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wraps the application's password encoder: counts each password compared (by the password typed),
 * every comparison and every new hash, and the most comparisons that ran at the same time. Import
 * it into a test with {@code @Import(CountedPasswordChecks.class)} and autowire {@link Encoder}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedPasswordChecks {

    @Bean
    static BeanPostProcessor countingPasswordEncoder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder && !(bean instanceof Encoder) ? new Encoder(encoder) : bean;
            }
        };
    }

    public static final class Encoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();
        private final AtomicInteger allChecks = new AtomicInteger();
        private final AtomicInteger hashes = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        Encoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        /** How often this password was compared with a stored hash. */
        public int checksOf(String password) {
            AtomicInteger count = checks.get(password);
            return count == null ? 0 : count.get();
        }

        /** How many passwords were compared with a stored hash, whatever the password. */
        public int checks() {
            return allChecks.get();
        }

        /** How many new hashes were made. */
        public int hashes() {
            return hashes.get();
        }

        /** The most comparisons that ran at the same time since the last {@link #resetMostAtOnce()}. */
        public int mostAtOnce() {
            return mostAtOnce.get();
        }

        public void resetMostAtOnce() {
            mostAtOnce.set(0);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.computeIfAbsent(rawPassword.toString(), password -> new AtomicInteger()).incrementAndGet();
            allChecks.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return encoder.matches(rawPassword, encodedPassword);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public String encode(CharSequence rawPassword) {
            hashes.incrementAndGet();
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
