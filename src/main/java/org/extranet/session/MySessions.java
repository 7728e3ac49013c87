package org.extranet.session;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_SESSION;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.Refusal;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Your sessions" on Account information: where the signed-in user is signed in, and signing out
 * any of their other sessions. A session signed out here ends at its next request, on whichever
 * node it lives; each sign-out is on record.
 */
@Service
public class MySessions {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final SessionRows rows;

    MySessions(DSLContext db, Actors actors, AuditLog audit, SessionRows rows) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.rows = rows;
    }

    /** The user's live sessions, this one first and marked. */
    @Transactional(readOnly = true)
    public List<SignedInSession> mySessions() {
        return rows.live(actors.current().id());
    }

    /**
     * "Sign out" beside another session of the user's; one that is over already stays as it is.
     * Another user's session is refused like one that does not exist.
     */
    @Transactional
    public void signOutSession(long sessionId) {
        Actor me = actors.current();
        Owner owner = db.select(APP_USER.ID, APP_USER.COMPANY_ID, APP_USER.EMAIL)
                .from(USER_SESSION).join(APP_USER).on(APP_USER.ID.eq(USER_SESSION.USER_ID))
                .where(USER_SESSION.ID.eq(sessionId))
                .fetchOne(Records.mapping(Owner::new));
        if (owner == null || owner.id() != me.id()) {
            audit.refused(me, "signOutSession", owner == null ? null : owner.companyId(),
                    owner == null ? Subject.NONE : Subject.user(owner.id(), owner.email()));
            throw new AccessDeniedException("Not a session of the signed-in user: " + sessionId);
        }
        if (CurrentUser.sessionRecord().filter(current -> current == sessionId).isPresent()) {
            throw new Refusal("sessions.error.this-session");
        }
        EndedSessions.record(audit, me, me.companyId(), Subject.user(me.id(), owner.email()),
                rows.end(me.id(), USER_SESSION.ID.eq(sessionId)));
    }

    /** "Sign out everywhere else": every live session of the user's but this one; returns how many. */
    @Transactional
    public int signOutEverywhereElse() {
        Actor me = actors.current();
        Long current = CurrentUser.sessionRecord().orElse(null);
        var ended = rows.end(me.id(), current == null ? noCondition() : USER_SESSION.ID.ne(current));
        String email = db.fetchSingle(APP_USER, APP_USER.ID.eq(me.id())).getEmail();
        EndedSessions.record(audit, me, me.companyId(), Subject.user(me.id(), email), ended);
        return ended.size();
    }

    /** Whose a session is. */
    private record Owner(long id, long companyId, String email) {
    }
}
