package org.extranet.session;

import static org.extranet.db.Tables.USER_SESSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.extranet.security.SessionSettings;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes session records nobody has used for longer than they are kept
 * ({@code extranet.session.records-kept-for}), on every node once an hour: one statement, which
 * nodes may well run at the same time.
 */
@Component
class SessionCleanup {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final DSLContext db;
    private final SessionSettings settings;
    private final Clock clock;

    SessionCleanup(DSLContext db, SessionSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many records went. */
    @Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
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
