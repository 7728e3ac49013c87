package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.util.Objects;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditLog;
import org.extranet.base.PermissionCodes;
import org.extranet.base.Refusal;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.security.Actor;
import org.jooq.DSLContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a company's users: its administrators and staff. Every user service asks here
 * first, inside its own transaction; a refusal is audited and thrown as {@link AccessDeniedException}.
 */
@Component
class UserAccess {

    private final DSLContext db;
    private final AuditLog audit;

    UserAccess(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    void requireMayManage(Actor actor, long companyId, String attempted) {
        AdministratorsOnly.require(actor, audit, companyId,
                () -> db.fetchExists(COMPANY, COMPANY.ID.eq(companyId)), attempted);
    }

    /**
     * The user an action is aimed at, if the actor may act on them; locked when the action changes
     * them (FOR NO KEY UPDATE: writers wait for each other, while rows that merely reference the
     * user, such as audit events, can still be written). A user of another company and a user who
     * does not exist are refused alike.
     */
    AppUserRecord target(Actor actor, long userId, String attempted, boolean forUpdate) {
        var select = db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId));
        AppUserRecord user = forUpdate ? select.forNoKeyUpdate().fetchOne() : select.fetchOne();
        AdministratorsOnly.requireUser(actor, audit, userId, user == null ? null : user.getCompanyId(),
                user == null ? null : user.getEmail(), attempted);
        return Objects.requireNonNull(user);
    }

    /**
     * A company keeps at least one active user who may manage users. The company row is locked
     * first, so two administrators locking each other at the same moment cannot both succeed.
     */
    void requireAnotherAdministrator(AppUserRecord user, String messageKey) {
        db.select(COMPANY.ID).from(COMPANY).where(COMPANY.ID.eq(user.getCompanyId())).forNoKeyUpdate().execute();
        boolean isActiveAdministrator = user.getStatus() == UserStatus.ACTIVE
                && db.fetchExists(USER_PERMISSION, USER_PERMISSION.USER_ID.eq(user.getId())
                .and(USER_PERMISSION.PERMISSION_CODE.eq(PermissionCodes.MANAGE_USERS)));
        if (!isActiveAdministrator) {
            return;
        }
        boolean anotherExists = db.fetchExists(APP_USER.join(USER_PERMISSION).on(USER_PERMISSION.USER_ID.eq(APP_USER.ID)),
                APP_USER.COMPANY_ID.eq(user.getCompanyId())
                        .and(APP_USER.ID.ne(user.getId()))
                        .and(APP_USER.STATUS.eq(UserStatus.ACTIVE))
                        .and(USER_PERMISSION.PERMISSION_CODE.eq(PermissionCodes.MANAGE_USERS)));
        if (!anotherExists) {
            throw new Refusal(messageKey);
        }
    }
}
