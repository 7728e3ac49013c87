package org.extranet.session;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.ProductTime;
import org.extranet.security.Actor;
import org.jspecify.annotations.Nullable;

/** Sessions signed out, on record: which ones, so that the audit log says more than a number. */
final class EndedSessions {

    private EndedSessions() {
    }

    static void record(AuditLog audit, Actor actor, @Nullable Long companyId, Subject user, List<SignedInSession> ended) {
        if (ended.isEmpty()) {
            return;
        }
        audit.record(actor, AuditAction.SESSIONS_ENDED, companyId, user, null,
                Map.of("sessions", ended.stream().map(EndedSessions::describe).toList()));
    }

    /** "Firefox, Windows, 192.0.2.1, signed in 2026-05-04T09:15+02:00". */
    private static String describe(SignedInSession session) {
        return known(session.browser()) + ", " + known(session.system()) + ", " + known(session.clientAddress())
                + ", signed in " + session.signedInAt().atZoneSameInstant(ProductTime.ZONE).truncatedTo(ChronoUnit.MINUTES)
                .toOffsetDateTime();
    }

    private static String known(@Nullable String value) {
        return value == null ? "unknown" : value;
    }
}
