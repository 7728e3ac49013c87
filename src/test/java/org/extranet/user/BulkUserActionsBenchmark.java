package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.UserStatus;
import org.extranet.benchmark.BenchmarkReport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A bulk action at the size the issue names: 5,000 users of one company locked, then unlocked, each
 * in its own transaction with its audit event, as the admin panel's run does. Prints the times and
 * the rate. Run on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=BulkUserActionsBenchmark}.
 */
@Tag("benchmark")
@Isolated
@SpringBootTest
class BulkUserActionsBenchmark {

    private static final int USERS = 5_000;

    @Autowired BulkUserActions bulk;
    @Autowired UserDirectory directory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @Test
    void locking_and_unlocking_five_thousand_users() {
        long company = fixtures.company();
        db.execute("""
                insert into app_user (kind, company_id, email, first_name, last_name, language, status)
                select 'DISTRIBUTOR_USER', ?, 'bulk' || g || '.' || ? || '@example.com', 'Katarzyna',
                       'Dąbrowska-' || g, 'pl', 'ACTIVE'
                from generate_series(1, ?) g
                """, company, company, USERS);
        db.execute("analyze app_user");
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        List<Long> ids = db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.COMPANY_ID.eq(company).and(APP_USER.EMAIL.startsWith("bulk"))).fetch(APP_USER.ID);
        var watcher = new BulkProgress() {
            int told;

            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void taken(BulkOutcome outcome, int taken, int planned) {
                told = taken;
            }
        };

        long started = System.nanoTime();
        var targets = bulk.targets(company, ids);
        long resolved = System.nanoTime();
        var locked = bulk.run(company, BulkAction.LOCK, null, targets, watcher);
        long lockedAt = System.nanoTime();
        var unlocked = bulk.run(company, BulkAction.UNLOCK, null, targets, watcher);
        long unlockedAt = System.nanoTime();

        System.out.printf("%nBulk actions on %,d users:%n  names     %8.2f s%n  lock      %8.2f s (%.0f users/s)%n"
                        + "  unlock    %8.2f s (%.0f users/s)%n", USERS, seconds(started, resolved),
                seconds(resolved, lockedAt), USERS / seconds(resolved, lockedAt),
                seconds(lockedAt, unlockedAt), USERS / seconds(lockedAt, unlockedAt));
        assertThat(locked.outcomes()).hasSize(USERS).allMatch(BulkOutcome::done);
        assertThat(unlocked.outcomes()).hasSize(USERS).allMatch(BulkOutcome::done);
        assertThat(watcher.told).isEqualTo(USERS);
        BenchmarkReport.record("Bulk actions", "lock 5,000 users, each in its own transaction with its audit event",
                String.format(Locale.ROOT, "%.1f s (%.0f users/s)", seconds(resolved, lockedAt), USERS / seconds(resolved, lockedAt)), "");
        assertThat(db.fetchCount(APP_USER, APP_USER.ID.in(ids).and(APP_USER.STATUS.eq(UserStatus.LOCKED)))).isZero();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
