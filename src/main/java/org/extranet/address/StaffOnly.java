package org.extranet.address;

import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Registering addresses and deciding requests is the Distributor Service Department's work:
 * anyone else is refused, and the attempt is kept in the audit log under the company it aimed at.
 */
final class StaffOnly {

    private StaffOnly() {
    }

    static void require(Actor actor, AuditLog audit, @Nullable Long companyId, String attempted) {
        if (!actor.staff()) {
            audit.refused(actor, attempted, companyId, Subject.NONE);
            throw new AccessDeniedException("Only the service department may " + attempted);
        }
    }
}
