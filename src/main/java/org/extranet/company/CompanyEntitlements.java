package org.extranet.company;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.PermissionCodes;
import org.extranet.base.Refusal;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import java.util.Objects;
import java.util.stream.Collectors;
import org.extranet.security.AccessWithdrawn;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which external permissions each company's administrators may hand out, as the Distributor
 * Service Department decides it. Staff only.
 */
@Service
public class CompanyEntitlements {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CompanyEntitlements(DSLContext db, Actors actors, AuditLog audit, ApplicationEventPublisher events) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
    }

    /** The whole catalogue of external permissions, in its order. */
    @Transactional(readOnly = true)
    public List<String> permissionCatalogue() {
        StaffOnly.require(actors.current(), audit, null, "permissionCatalogue");
        return db.select(EXTERNAL_PERMISSION.CODE).from(EXTERNAL_PERMISSION).orderBy(EXTERNAL_PERMISSION.POSITION)
                .fetch(EXTERNAL_PERMISSION.CODE);
    }

    /** How many of the company's users hold a permission: what taking it away would affect. */
    @Transactional(readOnly = true)
    public int holdersOf(long companyId, String permission) {
        StaffOnly.require(actors.current(), audit, companyId, "holdersOf");
        return db.fetchCount(USER_PERMISSION, USER_PERMISSION.COMPANY_ID.eq(companyId)
                .and(USER_PERMISSION.PERMISSION_CODE.eq(permission)));
    }

    /** Lets the company's administrators hand out one more external permission. */
    @Transactional
    public void grantEntitlement(long companyId, String permission) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyId, "grantEntitlement");
        requireKnown(permission);
        int added = db.insertInto(COMPANY_PERMISSION)
                .set(COMPANY_PERMISSION.COMPANY_ID, companyId)
                .set(COMPANY_PERMISSION.PERMISSION_CODE, permission)
                .onConflictDoNothing()
                .execute();
        if (added > 0) {
            audit.record(actor, AuditAction.ENTITLEMENT_GRANTED, companyId, Subject.NONE, null,
                    Map.of("permission", permission));
        }
    }

    /**
     * Takes an external permission away from the company, and so from every user who holds it,
     * in one transaction, each user's loss on record. Managing users cannot be taken away: a
     * company always keeps an administrator.
     */
    @Transactional
    public void revokeEntitlement(long companyId, String permission) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyId, "revokeEntitlement");
        requireKnown(permission);
        if (PermissionCodes.MANAGE_USERS.equals(permission)) {
            throw new Refusal("company.error.manage-users-stays");
        }
        List<Subject> holders = db.select(APP_USER.ID, APP_USER.EMAIL)
                .from(USER_PERMISSION).join(APP_USER).on(APP_USER.ID.eq(USER_PERMISSION.USER_ID))
                .where(USER_PERMISSION.COMPANY_ID.eq(companyId).and(USER_PERMISSION.PERMISSION_CODE.eq(permission)))
                .forNoKeyUpdate().of(APP_USER)
                .fetch(Records.mapping(Subject::user));
        for (Subject holder : holders) {
            audit.record(actor, AuditAction.USER_UPDATED, companyId, holder,
                    Map.of("permissions", List.of(permission)), Map.of("permissions", List.of(),
                            "reason", "entitlement revoked"));
        }
        // The foreign key from user_permission cascades: the users lose the permission with the company.
        int removed = db.deleteFrom(COMPANY_PERMISSION)
                .where(COMPANY_PERMISSION.COMPANY_ID.eq(companyId).and(COMPANY_PERMISSION.PERMISSION_CODE.eq(permission)))
                .execute();
        if (!holders.isEmpty()) {
            events.publishEvent(new AccessWithdrawn(holders.stream().map(Subject::userId).filter(Objects::nonNull)
                    .collect(Collectors.toSet())));
        }
        if (removed > 0) {
            audit.record(actor, AuditAction.ENTITLEMENT_REVOKED, companyId, Subject.NONE,
                    Map.of("permission", permission), Map.of("usersAffected", holders.size()));
        }
    }

    private void requireKnown(String permission) {
        if (!db.fetchExists(EXTERNAL_PERMISSION, EXTERNAL_PERMISSION.CODE.eq(permission))) {
            throw new IllegalArgumentException("Unknown permission " + permission);
        }
    }
}
