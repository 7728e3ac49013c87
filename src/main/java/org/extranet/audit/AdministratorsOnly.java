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
}
