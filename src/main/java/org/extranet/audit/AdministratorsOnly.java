package org.extranet.audit;

import java.util.function.BooleanSupplier;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Work on a company that its administrators do (its users, logo and delivery addresses), and
 * staff for every company: anyone else is refused, and the attempt is kept in the audit log under
 * the company it aimed at when that company exists.
 */
public final class AdministratorsOnly {

    private AdministratorsOnly() {
    }

    public static void require(Actor actor, AuditLog audit, long companyId, BooleanSupplier companyExists,
                               String attempted) {
        if (!actor.administers(companyId)) {
            audit.refused(actor, attempted, companyExists.getAsBoolean() ? companyId : null, Subject.NONE);
            throw new AccessDeniedException("Only the administrators of company " + companyId + " may " + attempted);
        }
    }

    /**
     * Work on one user of a company: the actor must administer the user's company. A user of
     * another company, a staff member (who belongs to none) and a user who does not exist are
     * refused alike; the attempt is kept under the user's company, if any.
     *
     * @param companyId the user's company, null for staff or when there is no such user
     * @param email     the user's e-mail address, null when there is no such user
     */
    public static void requireUser(Actor actor, AuditLog audit, long userId, @Nullable Long companyId,
                                   @Nullable String email, String attempted) {
        if (email == null || companyId == null || !actor.administers(companyId)) {
            audit.refused(actor, attempted, companyId, email == null ? Subject.NONE : Subject.user(userId, email));
            throw new AccessDeniedException("Not allowed to act on user " + userId);
        }
    }

    /**
     * The company the actor administers as their own, for the pages that open on it: staff have
     * none (they choose a company) and a user without "Manage users" administers none. Anyone else
     * is refused, and the attempt is kept under the actor's own company, if any.
     */
    public static long ownCompany(Actor actor, AuditLog audit, String attempted) {
        Long companyId = actor.companyId();
        if (companyId == null || !actor.administers(companyId)) {
            audit.refused(actor, attempted, companyId, Subject.NONE);
            throw new AccessDeniedException("Not an administrator of a company of one's own: may not " + attempted);
        }
        return companyId;
    }
}
