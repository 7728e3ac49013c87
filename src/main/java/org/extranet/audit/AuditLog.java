package org.extranet.audit;

import static org.extranet.db.Tables.AUDIT_EVENT;

import java.util.Map;
import org.extranet.security.Actor;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so an event exists
 * exactly when the change does; {@link #refused} commits on its own, so a refused attempt stays on
 * record although the attempt itself rolls back.
 */
@Service
public class AuditLog {

    private final DSLContext db;
    private final JsonMapper json;

    AuditLog(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The subject of an event: a user (by id and the e-mail they had then), or nobody. */
    public record Subject(@Nullable Long userId, @Nullable String label) {
        public static final Subject NONE = new Subject(null, null);

        public static Subject user(long userId, String email) {
            return new Subject(userId, email);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, @Nullable Long companyId, Subject subject,
                       @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        insert(actor, action, companyId, subject, before, after);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Actor actor, String attempted, @Nullable Long companyId, Subject subject) {
        insert(actor, AuditAction.ACCESS_REFUSED, companyId, subject, null, Map.of("attempted", attempted));
    }

    private void insert(Actor actor, AuditAction action, @Nullable Long companyId, Subject subject,
                        @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_ID, actor.id())
                .set(AUDIT_EVENT.ACTOR_LABEL, actor.label())
                .set(AUDIT_EVENT.COMPANY_ID, companyId)
                .set(AUDIT_EVENT.ON_BEHALF, companyId != null && actor.actsOnBehalfOf(companyId))
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.SUBJECT_USER_ID, subject.userId())
                .set(AUDIT_EVENT.SUBJECT_LABEL, subject.label())
                .set(AUDIT_EVENT.BEFORE_STATE, jsonb(before))
                .set(AUDIT_EVENT.AFTER_STATE, jsonb(after))
                .execute();
    }

    private @Nullable JSONB jsonb(@Nullable Map<String, ?> state) {
        return state == null ? null : JSONB.valueOf(json.writeValueAsString(state));
    }
}
