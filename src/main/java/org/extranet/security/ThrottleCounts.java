package org.extranet.security;

import static org.extranet.db.Tables.SIGN_IN_THROTTLE;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The counts behind every sign-in limit, one row per key (an e-mail address, a client address, a
 * user's second-factor codes), shared by all nodes: taking an attempt, blocking at the limit,
 * giving an attempt back. Each runs in its caller's transaction.
 */
@Component
class ThrottleCounts {

    private final DSLContext db;
    private final SignInThrottle.Limits limits;
    private final Clock clock;

    ThrottleCounts(DSLContext db, SignInThrottle.Limits limits, Clock clock) {
        this.db = db;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * One more attempt for the key, unless it is blocked or used up. A count whose block has ended,
     * or whose window has passed without a block, starts again. ({@code failures} counts the
     * attempts not given back: those being checked and those that failed.)
     */
    boolean take(String key, int limit) {
        var now = OffsetDateTime.now(clock);
        Condition fresh = over(now);
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

    /**
     * A count that no longer holds anything back: its block has ended, or its window has passed
     * without a block. The next attempt starts it again, as if there were no row.
     */
    Condition over(OffsetDateTime now) {
        return SIGN_IN_THROTTLE.BLOCKED_UNTIL.le(now).or(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull()
                .and(SIGN_IN_THROTTLE.WINDOW_START.lt(now.minus(limits.window()))));
    }

    /** Deletes the counts that are over; returns how many went. */
    int deleteOver() {
        return db.deleteFrom(SIGN_IN_THROTTLE).where(over(OffsetDateTime.now(clock))).execute();
    }

    /** Blocks the key once its count reached the limit; the end of the block when this call began it. */
    Optional<OffsetDateTime> block(String key, int limit) {
        return db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, OffsetDateTime.now(clock).plus(limits.block()))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key)
                        .and(SIGN_IN_THROTTLE.FAILURES.ge(limit))
                        .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull()))
                .returning(SIGN_IN_THROTTLE.BLOCKED_UNTIL)
                .fetchOptional(SIGN_IN_THROTTLE.BLOCKED_UNTIL);
    }

    void giveBack(String key) {
        db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.FAILURES.minus(1))
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.eq(key).and(SIGN_IN_THROTTLE.FAILURES.gt(0)))
                .execute();
    }
}
