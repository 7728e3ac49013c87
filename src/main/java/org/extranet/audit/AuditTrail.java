package org.extranet.audit;

import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ProductTime;
import org.extranet.base.SortOrder;
import org.extranet.database.SortFields;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit log. Staff read every company's events (and those of no company); a distributor
 * administrator reads their own company's only; anyone else nothing. A refusal is itself recorded.
 * Filtering, sorting and paging happen in SQL, along the indexes on (company, time) and (time).
 */
@Service
public class AuditTrail {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final StateChanges changes;

    AuditTrail(DSLContext db, Actors actors, AuditLog audit, JsonMapper json) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.changes = new StateChanges(json);
    }

    /**
     * Whose events the signed-in user may read: for staff the requested company (all companies
     * when none is asked for or it does not exist), for an administrator always their own.
     */
    @Transactional(readOnly = true)
    public AuditScope scope(@Nullable Long requestedCompany) {
        Actor actor = actors.current();
        if (actor.staff()) {
            return Optional.ofNullable(requestedCompany)
                    .flatMap(id -> companyName(id).map(name -> new AuditScope(true, id, name)))
                    .orElseGet(() -> new AuditScope(true, null, null));
        }
        Long own = actor.companyId();
        if (own != null && actor.permissions().contains(PermissionCodes.MANAGE_USERS)) {
            return new AuditScope(false, own, companyName(own).orElse(null));
        }
        throw refused(actor, requestedCompany);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditQuery query) {
        requireMayRead(actors.current(), query.companyId());
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_LABEL, AUDIT_EVENT.ON_BEHALF,
                        AUDIT_EVENT.COMPANY_ID, COMPANY.NAME, AUDIT_EVENT.ACTION.convertFrom(AuditAction::valueOf),
                        AUDIT_EVENT.SUBJECT_LABEL, AUDIT_EVENT.BEFORE_STATE.convertFrom(AuditTrail::json),
                        AUDIT_EVENT.AFTER_STATE.convertFrom(AuditTrail::json))
                .from(AUDIT_EVENT)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(AUDIT_EVENT.COMPANY_ID))
                .where(matching(query))
                .orderBy(SortFields.of(query.page().sort(), SortOrder.descending(AuditQuery.SortKey.TIME),
                        order -> SortFields.in(order, AUDIT_EVENT.OCCURRED_AT), AUDIT_EVENT.ID))
                .offset(query.page().offset())
                .limit(query.page().limit())
                .fetch(Records.mapping((id, occurredAt, actorLabel, onBehalf, companyId, companyName, action,
                        subjectLabel, before, after) -> new AuditEntry(id, occurredAt, actorLabel, onBehalf, companyId,
                        companyName, action, subjectLabel, before, after, changes.between(before, after))));
    }

    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        requireMayRead(actors.current(), query.companyId());
        return db.fetchCount(AUDIT_EVENT, matching(query));
    }

    private void requireMayRead(Actor actor, @Nullable Long companyId) {
        boolean ownCompany = companyId != null && companyId.equals(actor.companyId())
                && actor.permissions().contains(PermissionCodes.MANAGE_USERS);
        if (!actor.staff() && !ownCompany) {
            throw refused(actor, companyId);
        }
    }

    /** Recorded under the company asked for, so its administrators see who tried to look. */
    private AccessDeniedException refused(Actor actor, @Nullable Long companyId) {
        boolean exists = companyId != null && companyName(companyId).isPresent();
        audit.refused(actor, companyId == null ? "read the audit log of all companies"
                : "read the audit log of company " + companyId, exists ? companyId : actor.companyId(), Subject.NONE);
        return new AccessDeniedException("Not allowed to read the audit log of "
                + (companyId == null ? "all companies" : "company " + companyId));
    }

    private Optional<String> companyName(long companyId) {
        return db.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchOptional(COMPANY.NAME);
    }

    private static Condition matching(AuditQuery query) {
        Condition condition = DSL.noCondition();
        if (query.companyId() != null) {
            condition = condition.and(AUDIT_EVENT.COMPANY_ID.eq(query.companyId()));
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            // containsIgnoreCase escapes % and _ (ILIKE ... ESCAPE), so the text is matched literally.
            condition = condition.and(AUDIT_EVENT.ACTOR_LABEL.containsIgnoreCase(text)
                    .or(AUDIT_EVENT.SUBJECT_LABEL.containsIgnoreCase(text)));
        }
        if (query.action() != null) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(query.action().name()));
        }
        if (query.from() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(startOf(query.from())));
        }
        if (query.to() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(startOf(query.to().plusDays(1))));
        }
        return condition;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ProductTime.ZONE).toOffsetDateTime();
    }

    private static @Nullable String json(@Nullable JSONB value) {
        return value == null ? null : value.data();
    }
}
