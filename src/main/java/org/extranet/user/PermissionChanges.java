package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.PermissionCodes;
import org.extranet.base.Refusal;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.security.AccessWithdrawn;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One permission given to or taken from one user, without touching the rest of their data: what
 * "Grant a permission" and "Take away a permission" do to each selected user. The same rules as
 * the edit form: only a permission the company is entitled to, and the company keeps an active
 * user who may manage users. Audited as an update of the user, with the permissions before and after.
 */
@Service
public class PermissionChanges {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final UserAccess access;
    private final UserPermissions permissions;
    private final ApplicationEventPublisher events;

    PermissionChanges(DSLContext db, Actors actors, AuditLog audit, UserAccess access, UserPermissions permissions,
                      ApplicationEventPublisher events) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.access = access;
        this.permissions = permissions;
        this.events = events;
    }

    /** Gives the user the permission; a user who holds it already is left as they are. */
    @Transactional
    public void grantPermission(long userId, String permission) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "grantPermission", true);
        if (!permissions.entitlements(user.getCompanyId()).contains(permission)) {
            audit.refused(actor, "grant " + permission, user.getCompanyId(), Subject.user(userId, user.getEmail()));
            throw new Refusal("user.error.permission-not-entitled.one");
        }
        Set<String> before = permissions.held(userId);
        if (before.contains(permission)) {
            return;
        }
        permissions.grant(userId, user.getCompanyId(), Set.of(permission));
        changed(actor, user, before, permission, true);
    }

    /**
     * Takes the permission away; a user without it is left as they are. The company's last active
     * user who may manage users keeps that permission.
     */
    @Transactional
    public void takeAwayPermission(long userId, String permission) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "takeAwayPermission", true);
        Set<String> before = permissions.held(userId);
        if (!before.contains(permission)) {
            return;
        }
        if (PermissionCodes.MANAGE_USERS.equals(permission)) {
            access.requireAnotherAdministrator(user, "user.error.last-administrator-permission");
        }
        var kept = new TreeSet<>(before);
        kept.remove(permission);
        permissions.revokeAllBut(userId, kept);
        changed(actor, user, before, permission, false);
        events.publishEvent(AccessWithdrawn.of(userId));
    }

    /** A new version, so that an edit form opened before sees the change; and the audit event. */
    private void changed(Actor actor, AppUserRecord user, Set<String> before, String permission, boolean granted) {
        db.update(APP_USER).set(APP_USER.VERSION, APP_USER.VERSION.plus(1)).where(APP_USER.ID.eq(user.getId())).execute();
        var after = new TreeSet<>(before);
        if (granted) {
            after.add(permission);
        } else {
            after.remove(permission);
        }
        audit.record(actor, AuditAction.USER_UPDATED, user.getCompanyId(), Subject.user(user.getId(), user.getEmail()),
                Map.of("permissions", List.copyOf(before)), Map.of("permissions", List.copyOf(after)));
    }
}
