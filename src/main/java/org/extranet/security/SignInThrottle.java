package org.extranet.security;

import static org.extranet.db.Tables.SIGN_IN_THROTTLE;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
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
    private final ThrottleCounts counts;

    SignInThrottle(DSLContext db, Limits limits, Clock clock, ApplicationEventPublisher events, ThrottleCounts counts) {
        this.db = db;
        this.clock = clock;
        this.limits = limits;
        this.events = events;
        this.counts = counts;
    }

    static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase();
    }

    static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }

    static String secondFactorKey(long userId) {
        return "second-factor:" + userId;
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
        boolean reserved = counts.take(accountKey(email), limits.failuresPerAccount())
                && (clientAddress == null || counts.take(addressKey(clientAddress), limits.failuresPerAddress()));
        if (!reserved) {
            // The account's attempt may be counted already: a refused attempt counts for neither key.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return reserved;
    }

    /** The password was wrong: the attempt stays counted, and a key that reached its limit is blocked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email, @Nullable String clientAddress) {
        counts.block(accountKey(email), limits.failuresPerAccount()).ifPresent(until ->
                events.publishEvent(new SignInBlocked(SignInBlocked.Scope.ACCOUNT, email, clientAddress, until)));
        if (clientAddress != null) {
            counts.block(addressKey(clientAddress), limits.failuresPerAddress()).ifPresent(until ->
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
            counts.giveBack(addressKey(clientAddress));
        }
    }

    /** The password was not found wrong (no turn to check it, or a refusal that needs the right one): the attempt is given back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String email, @Nullable String clientAddress) {
        counts.giveBack(accountKey(email));
        if (clientAddress != null) {
            counts.giveBack(addressKey(clientAddress));
        }
    }

    /**
     * Counts an attempt at one of the user's second-factor codes (an authenticator app's code, a
     * recovery code) before it is checked, as {@link #reserve} does for a password, on a count of its
     * own: guessing codes needs the password first, and must not block the password for its owner.
     * False when the codes are blocked or no attempt is left.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean reserveCode(long userId) {
        boolean reserved = counts.take(secondFactorKey(userId), limits.failuresPerAccount());
        if (!reserved) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return reserved;
    }

    /** The code was wrong: the attempt stays counted, the codes may be blocked now; either way it goes on record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void codeFailed(long userId, String email) {
        var blockedUntil = counts.block(secondFactorKey(userId), limits.failuresPerAccount());
        events.publishEvent(new SecondFactorFailed(userId, email, blockedUntil.orElse(null)));
    }

    /** The code was right: the count starts again, once the code's use is committed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void codeAccepted(long userId) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(secondFactorKey(userId))).execute();
    }

    /** Lifts a block on an e-mail address (staff or an administrator helping someone). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(String email) {
        db.deleteFrom(SIGN_IN_THROTTLE).where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(accountKey(email))).execute();
    }
}
