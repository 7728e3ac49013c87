package org.extranet.security;

import static org.extranet.db.Tables.USER_SESSION;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every signed-in session has a record in the database, so that every node can list and end it:
 * written as the sign-in succeeds, its id kept in the HTTP session ({@link CurrentUser#RECORD_ATTRIBUTE}),
 * its activity noted at most once a minute ({@link SessionSettings#ACTIVITY_NOTED_EVERY}), and
 * ended on sign-out and whenever the session check ends the session. Ending the record from
 * anywhere ends the HTTP session at its next request ({@link SessionCheckFilter}).
 */
@Component
class SessionRecords {

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionRecords(DSLContext db, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Spring Security's hook as a sign-in succeeds (a session authentication strategy). It may run
     * before the session gets its new id; the attribute moves along with the session.
     */
    @Transactional
    void start(Authentication authentication, HttpServletRequest request) {
        if (!(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        // A passkey given as the second step after the password continues the session the password began.
        Long open = CurrentUser.recordOf(request.getSession(false));
        if (open != null && db.fetchExists(USER_SESSION, USER_SESSION.ID.eq(open)
                .and(USER_SESSION.USER_ID.eq(user.id())).and(USER_SESSION.ENDED_AT.isNull()))) {
            return;
        }
        var browsers = Browsers.of(request.getHeader(HttpHeaders.USER_AGENT));
        var signedInAt = OffsetDateTime.ofInstant(user.signedInAt(), clock.getZone());
        long id = insert(user, browsers, request);
        events.publishEvent(new SessionStarted(user.id(), id, browsers.browser(), browsers.system(),
                request.getRemoteAddr(), signedInAt));
    }

    /**
     * A session signed in before sessions had records (an upgrade while people were signed in) gets
     * one at its next request, so that it is listed and can be ended like any other; it is no new
     * sign-in, so nobody is mailed about it.
     */
    @Transactional
    void adopt(SignedInUser user, HttpServletRequest request) {
        insert(user, Browsers.of(request.getHeader(HttpHeaders.USER_AGENT)), request);
    }

    private long insert(SignedInUser user, Browsers browsers, HttpServletRequest request) {
        var signedInAt = OffsetDateTime.ofInstant(user.signedInAt(), clock.getZone());
        String clientAddress = request.getRemoteAddr();
        long id = db.insertInto(USER_SESSION)
                .set(USER_SESSION.USER_ID, user.id())
                .set(USER_SESSION.BROWSER, browsers.browser())
                .set(USER_SESSION.SYSTEM, browsers.system())
                .set(USER_SESSION.CLIENT_ADDRESS, clientAddress)
                .set(USER_SESSION.SESSION_GENERATION, user.sessionGeneration())
                .set(USER_SESSION.SIGNED_IN_AT, signedInAt)
                .set(USER_SESSION.LAST_ACTIVE_AT, signedInAt)
                .returning(USER_SESSION.ID)
                .fetchSingle(USER_SESSION.ID);
        request.getSession().setAttribute(CurrentUser.RECORD_ATTRIBUTE, id);
        return id;
    }

    /**
     * The user did something: noted, with the session generation the session now lives in (it
     * moves on with the session when the user changed their password in it).
     */
    @Transactional
    void noteActivity(long id, int sessionGeneration) {
        db.update(USER_SESSION)
                .set(USER_SESSION.LAST_ACTIVE_AT, OffsetDateTime.now(clock))
                .set(USER_SESSION.SESSION_GENERATION, sessionGeneration)
                .where(USER_SESSION.ID.eq(id).and(USER_SESSION.ENDED_AT.isNull()))
                .execute();
    }

    @Transactional
    void end(long id) {
        db.update(USER_SESSION)
                .set(USER_SESSION.ENDED_AT, OffsetDateTime.now(clock))
                .where(USER_SESSION.ID.eq(id).and(USER_SESSION.ENDED_AT.isNull()))
                .execute();
    }
}
