package org.extranet.audit;

import java.util.function.BooleanSupplier;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.security.Actor;
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
