package org.extranet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.SIGN_IN_THROTTLE;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.extranet.Fixtures;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Counts that hold nothing back any more go (a block that has ended, a 15-minute window passed
 * without a block); a count in its window and a block still running stay, and a new attempt on a
 * deleted count starts it again as it would have started the old one.
 */
@SpringBootTest
class ThrottleCleanupTest {

    @Autowired ThrottleCleanup cleanup;
    @Autowired ThrottleCounts counts;
    @Autowired DSLContext db;
    @Autowired Clock clock;

    @Test
    void counts_that_are_over_are_deleted_and_the_rest_stay() {
        var now = OffsetDateTime.now(clock);
        String blockEnded = count(5, now.minusMinutes(40), now.minusMinutes(1));
        String windowPassed = count(2, now.minusMinutes(16), null);
        String inWindow = count(4, now.minusMinutes(14), null);
        String blocked = count(5, now.minusMinutes(20), now.plusMinutes(1));

        assertThat(cleanup.deleteOver()).isGreaterThanOrEqualTo(2);

        assertThat(db.select(SIGN_IN_THROTTLE.THROTTLE_KEY).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.THROTTLE_KEY.in(blockEnded, windowPassed, inWindow, blocked))
                .fetch(SIGN_IN_THROTTLE.THROTTLE_KEY))
                .containsExactlyInAnyOrder(inWindow, blocked);
        assertThat(counts.take(blocked, 5)).as("the running block still holds").isFalse();
        assertThat(counts.take(inWindow, 5)).as("the last attempt of the window").isTrue();
        assertThat(counts.take(inWindow, 5)).as("past the limit within the window").isFalse();
        assertThat(counts.take(windowPassed, 5)).as("a deleted count starts again").isTrue();
        assertThat(db.fetchValue(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.THROTTLE_KEY.eq(windowPassed))).isOne();
    }

    private String count(int failures, OffsetDateTime windowStart, @Nullable OffsetDateTime blockedUntil) {
        String key = "address:" + Fixtures.unique("cleanup");
        db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.THROTTLE_KEY, key)
                .set(SIGN_IN_THROTTLE.FAILURES, failures)
                .set(SIGN_IN_THROTTLE.WINDOW_START, windowStart)
                .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, blockedUntil)
                .execute();
        return key;
    }
}
