package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extranet.base.Refusal;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk actions in the admin panel: the single-user action for each selected user in turn, each
 * through its service's proxy and so in its own transaction with its own audit event and every
 * rule of its own (not oneself, not the last administrator, only entitled permissions, only one's
 * own company). A user the action refuses is a refused outcome with the reason; the others go on.
 */
@Service
public class BulkUserActions {

    private static final Logger LOG = LoggerFactory.getLogger(BulkUserActions.class);

    private final DSLContext db;
    private final Actors actors;
    private final UserAccess access;
    private final SignInSupport signIn;
    private final UserAdministration administration;
    private final PermissionChanges permissionChanges;

    BulkUserActions(DSLContext db, Actors actors, UserAccess access, SignInSupport signIn,
                    UserAdministration administration, PermissionChanges permissionChanges) {
        this.db = db;
        this.actors = actors;
        this.access = access;
        this.signIn = signIn;
        this.administration = administration;
        this.permissionChanges = permissionChanges;
    }

    /**
     * The selected users of the company with their names and e-mail addresses, as the result will
     * show them, in the order given; an id that is no user of the company has neither.
     */
    @Transactional(readOnly = true)
    public List<BulkTarget> targets(long companyId, Collection<Long> userIds) {
        access.requireMayManage(actors.current(), companyId, "bulkTargets");
        Map<Long, BulkTarget> known = db.select(APP_USER.ID, APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.EMAIL)
                .from(APP_USER)
                .where(APP_USER.COMPANY_ID.eq(companyId).and(APP_USER.ID.eq(DSL.any(userIds.toArray(Long[]::new)))))
                .fetchMap(APP_USER.ID, Records.mapping((id, first, last, email) -> new BulkTarget(id, first + " " + last, email)));
        return userIds.stream().distinct()
                .map(id -> Objects.requireNonNullElseGet(known.get(id), () -> new BulkTarget(id, null, null)))
                .toList();
    }

    /**
     * Runs the action for each user, telling {@code progress} after each one and stopping when it
     * says so. Never inside a transaction: each user's change commits on its own, whatever becomes
     * of the next one. The acting user's right to manage the company is checked first, and each
     * single-user action checks it again, so losing it halfway refuses the rest.
     *
     * @param permission the permission to grant or take away, for those actions only
     */
    @Transactional(propagation = Propagation.NEVER)
    public BulkResult run(long companyId, BulkAction action, @Nullable String permission, List<BulkTarget> users,
                          BulkProgress progress) {
        access.requireMayManage(actors.current(), companyId, "bulk " + action);
        if (action.takesPermission() != (permission != null)) {
            throw new IllegalArgumentException(action + " with permission " + permission);
        }
        var outcomes = new ArrayList<BulkOutcome>(users.size());
        for (BulkTarget user : users) {
            if (progress.cancelled()) {
                break;
            }
            BulkOutcome outcome = apply(action, permission, user);
            outcomes.add(outcome);
            progress.taken(outcome, outcomes.size(), users.size());
        }
        return new BulkResult(action, List.copyOf(outcomes), users.size());
    }

    private BulkOutcome apply(BulkAction action, @Nullable String permission, BulkTarget user) {
        long id = user.id();
        try {
            switch (action) {
                case LOCK -> signIn.lockUser(id);
                case UNLOCK -> signIn.unlockUser(id);
                case RESEND_INVITATION -> signIn.sendInvitation(id);
                case DELETE -> administration.deleteUser(id);
                case GRANT_PERMISSION -> permissionChanges.grantPermission(id, Objects.requireNonNull(permission));
                case TAKE_AWAY_PERMISSION -> permissionChanges.takeAwayPermission(id, Objects.requireNonNull(permission));
            }
            return BulkOutcome.done(user);
        } catch (Refusal refusal) {
            return BulkOutcome.refused(user, refusal.messageKey(), refusal.arguments());
        } catch (AccessDeniedException denied) {
            return BulkOutcome.refused(user, "bulk.refused.not-allowed");
        } catch (RuntimeException failed) {
            // One user's failure (a lost connection, a deadlock) must not stop the others, nor show internals.
            LOG.error("{} failed for user {}", action, id, failed);
            return BulkOutcome.refused(user, "bulk.refused.failed");
        }
    }
}
