package org.extranet.secondfactor;

import static org.extranet.db.Tables.COMPANY;

import java.util.Map;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's choice to require a second factor of all its users, made by its administrators or by
 * staff. It applies from each user's next sign-in: one without a second factor sets one up right
 * after the password. (Staff always need one.)
 */
@Service
public class SecondFactorPolicy {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    SecondFactorPolicy(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean companyRequiresSecondFactor(long companyId) {
        AdministratorsOnly.require(actors.current(), audit, companyId, () -> exists(companyId), "companyRequiresSecondFactor");
        return db.select(COMPANY.SECOND_FACTOR_REQUIRED).from(COMPANY).where(COMPANY.ID.eq(companyId))
                .fetchOptional(COMPANY.SECOND_FACTOR_REQUIRED)
                .orElseThrow(() -> new AccessDeniedException("No company " + companyId));
    }

    @Transactional
    public void requireSecondFactor(long companyId, boolean required) {
        Actor actor = actors.current();
        AdministratorsOnly.require(actor, audit, companyId, () -> exists(companyId), "requireSecondFactor");
        boolean before = db.select(COMPANY.SECOND_FACTOR_REQUIRED).from(COMPANY).where(COMPANY.ID.eq(companyId))
                .forNoKeyUpdate().fetchOptional(COMPANY.SECOND_FACTOR_REQUIRED)
                .orElseThrow(() -> new AccessDeniedException("No company " + companyId));
        if (before == required) {
            return;
        }
        db.update(COMPANY).set(COMPANY.SECOND_FACTOR_REQUIRED, required).where(COMPANY.ID.eq(companyId)).execute();
        audit.record(actor, AuditAction.SECOND_FACTOR_REQUIREMENT_CHANGED, companyId, Subject.NONE,
                Map.of("secondFactorRequired", before), Map.of("secondFactorRequired", required));
    }

    private boolean exists(long companyId) {
        return db.fetchExists(COMPANY, COMPANY.ID.eq(companyId));
    }
}
