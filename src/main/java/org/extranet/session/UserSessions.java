package org.extranet.session;

import static org.extranet.db.Tables.APP_USER;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;
import java.util.Objects;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's sessions in the user edit window: the company's administrators, and staff for every
 * company, see where the user is signed in and can sign them out everywhere (a lost phone, a
 * shared computer). The same rights as the other user actions; each sign-out is on record.
 */
@Service
public class UserSessions {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final SessionRows rows;

    UserSessions(DSLContext db, Actors actors, AuditLog audit, SessionRows rows) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public List<SignedInSession> sessionsOf(long userId) {
        target(actors.current(), userId, "sessionsOf");
        return rows.live(userId);
    }

    /** "Sign out everywhere": every live session of the user's ends at its next request; returns how many. */
    @Transactional
    public int signOutEverywhere(long userId) {
        Actor actor = actors.current();
        Target user = target(actor, userId, "signOutEverywhere");
        var ended = rows.end(userId, noCondition());
        EndedSessions.record(audit, actor, user.companyId(), Subject.user(userId, user.email()), ended);
        return ended.size();
    }

    private Target target(Actor actor, long userId, String attempted) {
        Target user = db.select(APP_USER.COMPANY_ID, APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOne(Records.mapping(Target::new));
        AdministratorsOnly.requireUser(actor, audit, userId, user == null ? null : user.companyId(),
                user == null ? null : user.email(), attempted);
        return Objects.requireNonNull(user);
    }

    private record Target(@Nullable Long companyId, String email) {
    }
}
