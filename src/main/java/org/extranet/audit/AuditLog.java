package org.extranet.audit;

import static org.extranet.db.Tables.AUDIT_EVENT;

import java.util.Map;
import org.extranet.db.tables.records.AuditEventRecord;
import org.extranet.security.Actor;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

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

    /**
     * A change the product makes by itself at start-up, because an operator's setting asks for it:
     * no user acted, so the setting is named as the actor. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySetting(String setting, AuditAction action, Subject subject, @Nullable Map<String, ?> after) {
        insert(null, "Setting " + setting, false, action, null, subject, null, after).execute();
    }

    /** Also one line in the application log, for operators. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Actor actor, String attempted, @Nullable Long companyId, Subject subject) {
        insert(actor, AuditAction.ACCESS_REFUSED, companyId, subject, null, Map.of("attempted", attempted));
        log.warn("Access refused: user {}, attempted: {} (company {})", actor.id(), LogText.safe(attempted), companyId);
    }

    /**
     * A sign-in, sign-out or sign-in block. Who acted may be known only by what they typed (no
     * {@code actorId}); the client address is kept when known. Joins the caller's transaction, or
     * commits on its own.
     */
    @Transactional
    public void signIn(AuditAction action, @Nullable Long actorId, String actorLabel, @Nullable Long companyId,
                       Subject subject, @Nullable String clientAddress, @Nullable Map<String, ?> details) {
        insert(actorId, actorLabel, false, action, companyId, subject, null, details)
                .set(AUDIT_EVENT.CLIENT_ADDRESS, clientAddress)
                .execute();
    }

    private void insert(Actor actor, AuditAction action, @Nullable Long companyId, Subject subject,
                        @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        // Staff changing a company's data do it on the company's behalf.
        insert(actor.id(), actor.label(), companyId != null && actor.staff(), action, companyId,
                subject, before, after).execute();
    }

    private InsertSetMoreStep<AuditEventRecord> insert(@Nullable Long actorId, String actorLabel, boolean onBehalf,
                                                       AuditAction action, @Nullable Long companyId, Subject subject,
                                                       @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        return db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_LABEL, actorLabel)
                .set(AUDIT_EVENT.COMPANY_ID, companyId)
                .set(AUDIT_EVENT.ON_BEHALF, onBehalf)
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.SUBJECT_USER_ID, subject.userId())
                .set(AUDIT_EVENT.SUBJECT_LABEL, subject.label())
                .set(AUDIT_EVENT.BEFORE_STATE, jsonb(before))
                .set(AUDIT_EVENT.AFTER_STATE, jsonb(after));
    }

    private @Nullable JSONB jsonb(@Nullable Map<String, ?> state) {
        return state == null ? null : JSONB.valueOf(json.writeValueAsString(state));
    }
}
