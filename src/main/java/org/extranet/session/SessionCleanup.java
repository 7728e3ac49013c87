package org.extranet.session;

import static org.extranet.db.Tables.USER_SESSION;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.extranet.security.SessionSettings;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes session records nobody has used for longer than they are kept
 * ({@code extranet.session.records-kept-for}), once an hour on one of the nodes (a recurring task).
 */
@Component
class SessionCleanup extends RecurringTask<Void> {

    static final String NAME = "session-cleanup";

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final DSLContext db;
    private final SessionSettings settings;
    private final Clock clock;

    SessionCleanup(DSLContext db, SessionSettings settings, Clock clock) {
        super(NAME, FixedDelay.of(Duration.ofHours(1)), Void.class);
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        deleteOld();
    }

    /** Returns how many records went. */
    int deleteOld() {
        int deleted = db.deleteFrom(USER_SESSION)
                .where(USER_SESSION.LAST_ACTIVE_AT.lt(OffsetDateTime.now(clock).minus(settings.recordsKeptFor())))
                .execute();
        if (deleted > 0) {
            log.info("Deleted {} session records unused for {}", deleted, settings.recordsKeptFor());
        }
        return deleted;
    }
}
