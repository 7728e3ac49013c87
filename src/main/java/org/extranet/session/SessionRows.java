package org.extranet.session;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_SESSION;
import static org.jooq.impl.DSL.select;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.extranet.security.CurrentUser;
import org.extranet.security.SessionSettings;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A user's live sessions, read and ended for the services here, inside their transactions and
 * after their checks. Live: not ended, within the absolute lifetime and the idle timeout, and of
 * the user's current session generation (a lock or a password change elsewhere has not ended it).
 */
@Component
class SessionRows {

    private final DSLContext db;
    private final SessionSettings settings;
    private final Clock clock;

    SessionRows(DSLContext db, SessionSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    /** The user's live sessions: the one looking first, then the most recently active. */
    List<SignedInSession> live(long userId) {
        Long current = CurrentUser.sessionRecord().orElse(null);
        return db.select(USER_SESSION.ID, USER_SESSION.BROWSER, USER_SESSION.SYSTEM, USER_SESSION.CLIENT_ADDRESS,
                        USER_SESSION.SIGNED_IN_AT, USER_SESSION.LAST_ACTIVE_AT)
                .from(USER_SESSION)
                .where(USER_SESSION.USER_ID.eq(userId).and(live()))
                .orderBy(USER_SESSION.LAST_ACTIVE_AT.desc(), USER_SESSION.ID.desc())
                .fetch(session(current))
                .stream().sorted(Comparator.comparing(session -> !session.current())).toList();
    }

    /** Ends those of the user's live sessions that {@code which} admits; returns them. */
    List<SignedInSession> end(long userId, Condition which) {
        return db.update(USER_SESSION)
                .set(USER_SESSION.ENDED_AT, OffsetDateTime.now(clock))
                .where(USER_SESSION.USER_ID.eq(userId).and(live()).and(which))
                .returningResult(USER_SESSION.ID, USER_SESSION.BROWSER, USER_SESSION.SYSTEM, USER_SESSION.CLIENT_ADDRESS,
                        USER_SESSION.SIGNED_IN_AT, USER_SESSION.LAST_ACTIVE_AT)
                .fetch(session(null));
    }

    /**
     * A record notes activity at most once a minute, so it may lag the session by that much: a
     * session is taken as idle only once that minute has passed too, lest a live one be hidden.
     */
    private Condition live() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return USER_SESSION.ENDED_AT.isNull()
                .and(USER_SESSION.SIGNED_IN_AT.gt(now.minus(settings.absoluteLifetime())))
                .and(USER_SESSION.LAST_ACTIVE_AT.gt(now.minus(settings.idleTimeout())
                        .minus(SessionSettings.ACTIVITY_NOTED_EVERY)))
                .and(USER_SESSION.SESSION_GENERATION.eq(select(APP_USER.SESSION_GENERATION).from(APP_USER)
                        .where(APP_USER.ID.eq(USER_SESSION.USER_ID))));
    }

    private static RecordMapper<Record6<Long, String, String, String, OffsetDateTime, OffsetDateTime>, SignedInSession>
            session(@Nullable Long current) {
        return Records.mapping((id, browser, system, address, signedInAt, lastActiveAt) ->
                new SignedInSession(id, browser, system, address, signedInAt, lastActiveAt, id.equals(current)));
    }
}
