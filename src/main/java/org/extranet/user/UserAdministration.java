package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;

import java.util.Set;
import java.util.TreeSet;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.base.PermissionCodes;
import org.extranet.base.Refusal;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.password.TokenPurpose;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.Condition;
import org.extranet.security.AccessWithdrawn;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin panel's changes to a company's users: create, save,
 * delete. Every method checks the acting user against the database: an administrator acts within
 * their own company, staff within any; anything else is refused and audited. Each change is
 * audited in its own transaction together with the change.
 */
@Service
public class UserAdministration {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final UserAccess access;
    private final UserPermissions permissions;
    private final Invitations invitations;
    private final AddressChange addressChange;
    private final ApplicationEventPublisher events;

    UserAdministration(DSLContext db, Actors actors, AuditLog audit, UserAccess access, UserPermissions permissions,
                       Invitations invitations, AddressChange addressChange, ApplicationEventPublisher events) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.access = access;
        this.permissions = permissions;
        this.invitations = invitations;
        this.addressChange = addressChange;
        this.events = events;
    }

    /**
     * "Create new user" and "Create new user and notify": the user starts as invited; with
     * {@code notify} the welcome mail with a set-password link is queued in the same transaction.
     */
    @Transactional
    public long createUser(long companyId, UserData data, boolean notify) {
        Actor actor = actors.current();
        access.requireMayManage(actor, companyId, "createUser");
        UserData clean = validated(actor, companyId, data, null);
        long id;
        try {
            id = db.insertInto(APP_USER)
                    .set(APP_USER.KIND, "DISTRIBUTOR_USER")
                    .set(APP_USER.COMPANY_ID, companyId)
                    .set(APP_USER.EMAIL, clean.email())
                    .set(APP_USER.FIRST_NAME, clean.firstName())
                    .set(APP_USER.LAST_NAME, clean.lastName())
                    .set(APP_USER.PHONE, clean.phone())
                    .set(APP_USER.LANGUAGE, clean.language().code())
                    .set(APP_USER.STATUS, UserStatus.INVITED)
                    .returning(APP_USER.ID)
                    .fetchSingle(APP_USER.ID);
        } catch (DuplicateKeyException e) {
            throw new FieldRefusal(UserField.EMAIL, "user.error.email-taken");
        }
        permissions.grant(id, companyId, clean.permissions());
        audit.record(actor, AuditAction.USER_CREATED, companyId, Subject.user(id, clean.email()),
                null, UserAuditState.of(clean, UserStatus.INVITED));
        if (notify) {
            invitations.invite(actor, id, companyId, clean.email(), clean.firstName(), clean.language());
        }
        return id;
    }

    /**
     * Saves the edit form. A new e-mail address voids the user's unused links and tells the old
     * address; an invited user whose invitation was still out is invited again at the new one.
     */
    @Transactional
    public void updateUser(long userId, int version, UserData data) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "updateUser", true);
        if (user.getVersion() != version) {
            throw new ConcurrentChange("user.error.changed-meanwhile");
        }
        UserData before = permissions.dataOf(user);
        UserData after = validated(actor, user.getCompanyId(), data, userId);
        if (before.equals(after)) {
            return;
        }
        if (before.permissions().contains(PermissionCodes.MANAGE_USERS) && !after.permissions().contains(PermissionCodes.MANAGE_USERS)) {
            access.requireAnotherAdministrator(user, "user.error.last-administrator-permission");
        }
        try {
            db.update(APP_USER)
                    .set(APP_USER.EMAIL, after.email())
                    .set(APP_USER.FIRST_NAME, after.firstName())
                    .set(APP_USER.LAST_NAME, after.lastName())
                    .set(APP_USER.PHONE, after.phone())
                    .set(APP_USER.LANGUAGE, after.language().code())
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                    .where(APP_USER.ID.eq(userId))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw new FieldRefusal(UserField.EMAIL, "user.error.email-taken");
        }
        permissions.revokeAllBut(userId, after.permissions());
        if (!after.permissions().containsAll(before.permissions())) {
            events.publishEvent(AccessWithdrawn.of(userId));
        }
        var added = new TreeSet<>(after.permissions());
        added.removeAll(before.permissions());
        permissions.grant(userId, user.getCompanyId(), added);
        UserStatus status = user.getStatus();
        var beforeState = UserAuditState.of(before, status);
        var afterState = UserAuditState.of(after, status);
        afterState.put("changedPersonalData", UserAuditState.changedPersonalData(before, after));
        Set<TokenPurpose> voided = AddressChange.changes(before.email(), after.email())
                ? addressChange.apply(userId, before.email(), after) : Set.of();
        if (!voided.isEmpty()) {
            afterState.put("linksVoided", voided.stream().map(Enum::name).sorted().toList());
        }
        audit.record(actor, AuditAction.USER_UPDATED, user.getCompanyId(), Subject.user(userId, after.email()),
                beforeState, afterState);
        if (status == UserStatus.INVITED && voided.contains(TokenPurpose.INVITATION)) {
            invitations.invite(actor, userId, user.getCompanyId(), after.email(), after.firstName(), after.language());
        }
    }

    /**
     * "Delete user": the account and its personal data go for good; the audit log keeps the event
     * with the e-mail address the user had.
     */
    @Transactional
    public void deleteUser(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "deleteUser", true);
        if (userId == actor.id()) {
            throw new Refusal("user.error.cannot-delete-self");
        }
        access.requireAnotherAdministrator(user, "user.error.last-administrator-delete");
        audit.record(actor, AuditAction.USER_DELETED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                UserAuditState.of(permissions.dataOf(user), user.getStatus()), null);
        db.deleteFrom(APP_USER).where(APP_USER.ID.eq(userId)).execute();
        events.publishEvent(AccessWithdrawn.of(userId));
    }

    /** {@link UserRules}, then what only the database can tell: permissions the company may grant, an address not taken. */
    private UserData validated(Actor actor, long companyId, UserData data, @Nullable Long userId) {
        UserData checked = UserRules.checked(data);
        if (!permissions.entitlements(companyId).containsAll(checked.permissions())) {
            audit.refused(actor, "grant " + checked.permissions(), companyId, Subject.NONE);
            throw new FieldRefusal(UserField.PERMISSIONS, "user.error.permission-not-entitled");
        }
        Condition sameEmail = APP_USER.EMAIL.lower().eq(checked.email().toLowerCase());
        if (db.fetchExists(APP_USER, userId == null ? sameEmail : sameEmail.and(APP_USER.ID.ne(userId)))) {
            throw new FieldRefusal(UserField.EMAIL, "user.error.email-taken");
        }
        return checked;
    }
}
