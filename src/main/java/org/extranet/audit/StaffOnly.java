package org.extranet.audit;

import org.extranet.audit.AuditLog.Subject;
import org.extranet.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Work that is the Distributor Service Department's alone (companies, their addresses and
 * requests, the outbox): anyone else is refused, and the attempt is kept in the audit log under
 * the company it aimed at.
 */
public final class StaffOnly {

    private StaffOnly() {
    }

    public static void require(Actor actor, AuditLog audit, @Nullable Long companyId, String attempted) {
        if (!actor.staff()) {
            audit.refused(actor, attempted, companyId, Subject.NONE);
            throw new AccessDeniedException("Only the service department may " + attempted);
        }
    }
}
