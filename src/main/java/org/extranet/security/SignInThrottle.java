package org.extranet.security;

import static org.extranet.db.Tables.SIGN_IN_THROTTLE;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Counts sign-in attempts per e-mail address typed and per client address, in the database so that
 * every node counts the same. An attempt is counted before its password is checked, and given back
 * unless the password was wrong; past a limit within a window, the key is blocked for a while. The
 * address typed is counted whether or not an account has it, so blocking reveals nothing.
 */
@Service
public class SignInThrottle {

    /** Limits; {@code extranet.sign-in.*}. */
    @ConfigurationProperties("extranet.sign-in")
    public record Limits(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
                         @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration block) {
    }

    private final DSLContext db;
    private final Limits limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(DSLContext db, Limits limits, Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.limits = limits;
        this.events = events;
    }

    static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase();
    }

    static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
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

    /**
     * Counts an attempt before its password is checked, for the e-mail address typed and for the
     * client address, each in one atomic step on its row: parallel attempts queue on the row, so
     * no more of them get through than the limit allows. False when either key is blocked or has
     * no attempt left; then nothing is counted and no password may be checked.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean reserve(String email, @Nullable String clientAddress) {
        boolean reserved = take(accountKey(email), limits.failuresPerAccount())
                && (clientAddress == null || take(addressKey(clientAddress), limits.failuresPerAddress()));
        if (!reserved) {
            // The account's attempt may be counted already: a refused attempt counts for neither key.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return reserved;
    }

    /** The password was wrong: the attempt stays counted, and a key that reached its limit is blocked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, @Nullable String clientAddress) {
        block(accountKey(email), limits.failuresPerAccount()).ifPresent(until ->
                events.publishEvent(new SignInBlocked(SignInBlocked.Scope.ACCOUNT, email, clientAddress, until)));
        if (clientAddress != null) {
            block(addressKey(clientAddress), limits.failuresPerAddress()).ifPresent(until ->
                    events.publishEvent(new SignInBlocked(SignInBlocked.Scope.CLIENT_ADDRESS, email, clientAddress, until)));
        }
    }

    /**
     * The password was right: the account's count starts again; the client's attempt is given back
     * (one good account must not clear the client's failures, nor may its successes add up).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email, @Nullable String clientAddress) {
        clear(email);
        if (clientAddress != null) {
            giveBack(addressKey(clientAddress));
        }
    }

    /** The password was not found wrong (no turn to check it, or a refusal that needs the right one): the attempt is given back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String email, @Nullable String clientAddress) {
        giveBack(accountKey(email));
        if (clientAddress != null) {
            giveBack(addressKey(clientAddress));
        }
    }

    /**
     * A passkey sign-in names no e-mail address before it is checked, so only the client address
     * counts it; false when that is blocked or used up. A passkey that fails keeps the attempt
     * counted ({@link #failedFromClient}), one that works gives it back ({@link #releaseForClient}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean reserveForClient(String clientAddress) {
        return take(addressKey(clientAddress), limits.failuresPerAddress());
    }

    /** A passkey was not accepted: the client's attempt stays counted, and the client is blocked at its limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failedFromClient(String clientAddress) {
        block(addressKey(clientAddress), limits.failuresPerAddress()).ifPresent(until ->
                events.publishEvent(new SignInBlocked(SignInBlocked.Scope.CLIENT_ADDRESS, "", clientAddress, until)));
    }

    /** A passkey was accepted (whatever the account's state): the client's attempt is given back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void releaseForClient(String clientAddress) {
        giveBack(addressKey(clientAddress));
    }

    /** Lifts a block on an e-mail address (staff or an administrator helping someone). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(String email) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(accountKey(email))).execute();
    }

    /**
     * One more attempt for the key, unless it is blocked or used up. A count whose block has ended,
     * or whose window has passed without a block, starts again. ({@code failures} counts the
     * attempts not given back: those being checked and those that failed.)
     */
    private boolean take(String key, int limit) {
        var now = OffsetDateTime.now(clock);
        Condition fresh = SIGN_IN_THROTTLE.BLOCKED_UNTIL.le(now).or(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull()
                .and(SIGN_IN_THROTTLE.WINDOW_START.lt(now.minus(limits.window()))));
        return db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.THROTTLE_KEY, key)
                .set(SIGN_IN_THROTTLE.FAILURES, 1)
                .set(SIGN_IN_THROTTLE.WINDOW_START, now)
                .onConflict(SIGN_IN_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(SIGN_IN_THROTTLE.FAILURES, when(fresh, 1).otherwise(SIGN_IN_THROTTLE.FAILURES.plus(1)))
                .set(SIGN_IN_THROTTLE.WINDOW_START, when(fresh, now).otherwise(SIGN_IN_THROTTLE.WINDOW_START))
                .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, when(fresh, castNull(SIGN_IN_THROTTLE.BLOCKED_UNTIL))
                        .otherwise(SIGN_IN_THROTTLE.BLOCKED_UNTIL))
                .where(fresh.or(SIGN_IN_THROTTLE.FAILURES.lt(limit).and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull())))
                .execute() == 1;
    }

    /** Blocks the key once its count reached the limit; the end of the block when this call began it. */
    private Optional<OffsetDateTime> block(String key, int limit) {
        return db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, OffsetDateTime.now(clock).plus(limits.block()))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key)
                        .and(SIGN_IN_THROTTLE.FAILURES.ge(limit))
                        .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull()))
                .returning(SIGN_IN_THROTTLE.BLOCKED_UNTIL)
                .fetchOptional(SIGN_IN_THROTTLE.BLOCKED_UNTIL);
    }

    private void giveBack(String key) {
        db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.FAILURES.minus(1))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key).and(SIGN_IN_THROTTLE.FAILURES.gt(0)))
                .execute();
    }
}
