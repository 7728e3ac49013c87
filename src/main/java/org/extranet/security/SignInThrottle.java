package org.extranet.security;

import static org.extranet.db.Tables.SIGN_IN_THROTTLE;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per e-mail address typed and per client address, in the database so that
 * every node counts the same. Past a limit within a window, the key is blocked for a while. The
 * address typed is counted whether or not an account has it, so blocking reveals nothing.
 */
@Service
public class SignInThrottle {

    /** Limits; {@code extranet.sign-in.*}. */
    @ConfigurationProperties("extranet.sign-in")
    public record Limits(int failuresPerAccount, int failuresPerAddress, Duration window, Duration block) {
        public Limits {
            failuresPerAccount = failuresPerAccount > 0 ? failuresPerAccount : 5;
            failuresPerAddress = failuresPerAddress > 0 ? failuresPerAddress : 20;
            window = window != null ? window : Duration.ofMinutes(15);
            block = block != null ? block : Duration.ofMinutes(15);
        }
    }

    private final DSLContext db;
    private final Limits limits;
    private final Clock clock;

    SignInThrottle(DSLContext db, Limits limits, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.limits = limits;
    }

    static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase();
    }

    static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }

    /** Whether sign-in for this e-mail address or from this client address is blocked right now. */
    @Transactional(readOnly = true)
    public boolean isBlocked(String email, @Nullable String clientAddress) {
        return db.fetchExists(SIGN_IN_THROTTLE, SIGN_IN_THROTTLE.THROTTLE_KEY.in(keys(email, clientAddress))
                .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.gt(OffsetDateTime.now(clock))));
    }

    /**
     * Until when sign-in for this e-mail address is blocked, if it is; for staff and administrators
     * explaining why someone cannot sign in.
     */
    @Transactional(readOnly = true)
    public @Nullable OffsetDateTime blockedUntil(String email) {
        return db.select(SIGN_IN_THROTTLE.BLOCKED_UNTIL).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(accountKey(email))
                        .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.gt(OffsetDateTime.now(clock))))
                .fetchOne(SIGN_IN_THROTTLE.BLOCKED_UNTIL);
    }

    /** Counts a failure; committed on its own, whatever happens to the sign-in around it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, @Nullable String clientAddress) {
        count(accountKey(email), limits.failuresPerAccount());
        if (clientAddress != null) {
            count(addressKey(clientAddress), limits.failuresPerAddress());
        }
    }

    /** A successful sign-in clears the account's count (not the address's: one good account must not clear it). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email) {
        clear(email);
    }

    /** Lifts a block on an e-mail address (staff or an administrator helping someone). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(String email) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(accountKey(email))).execute();
    }

    private void count(String key, int limit) {
        var now = OffsetDateTime.now(clock);
        var windowStart = now.minus(limits.window());
        var expired = SIGN_IN_THROTTLE.WINDOW_START.lt(windowStart);
        var failures = when(expired, 1).otherwise(SIGN_IN_THROTTLE.FAILURES.plus(1));
        db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.THROTTLE_KEY, key)
                .set(SIGN_IN_THROTTLE.FAILURES, 1)
                .set(SIGN_IN_THROTTLE.WINDOW_START, now)
                .onConflict(SIGN_IN_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(SIGN_IN_THROTTLE.FAILURES, failures)
                .set(SIGN_IN_THROTTLE.WINDOW_START, when(expired, now).otherwise(SIGN_IN_THROTTLE.WINDOW_START))
                .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, when(failures.ge(limit), now.plus(limits.block()))
                        .otherwise(SIGN_IN_THROTTLE.BLOCKED_UNTIL))
                .execute();
    }

    private static List<String> keys(String email, @Nullable String clientAddress) {
        return clientAddress == null ? List.of(accountKey(email)) : List.of(accountKey(email), addressKey(clientAddress));
    }
}
