package org.extranet.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Bounds how many password checks (one Argon2id hash each, 19 MiB of memory) run at once, so that
 * a burst of sign-ins queues instead of exhausting memory. The queue is fair, so no attempt is
 * overtaken for ever, and the wait is bounded: past it the attempt is refused and may be tried
 * again shortly.
 */
@Component
public class PasswordChecks {

    /** {@code extranet.password-checks.*}: how many checks run at once, and how long one waits for its turn. */
    @ConfigurationProperties("extranet.password-checks")
    public record Limits(@DefaultValue("4") int concurrent, @DefaultValue("5s") Duration longestWait) {
        public Limits {
            concurrent = Math.max(1, concurrent);
        }
    }

    /** No turn came within the wait; nothing was checked. */
    public static final class Busy extends Exception {
        Busy() {
            super("Too many password checks at once", null, false, false);
        }
    }

    private final Semaphore turns;
    private final Duration wait;

    PasswordChecks(Limits limits) {
        this.turns = new Semaphore(limits.concurrent(), true);
        this.wait = limits.longestWait();
    }

    /** Runs the check once its turn comes. */
    public <T> T run(Supplier<T> check) throws Busy {
        try {
            if (!turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return check.get();
        } finally {
            turns.release();
        }
    }
}
