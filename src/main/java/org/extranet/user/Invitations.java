package org.extranet.user;

import static org.extranet.db.Tables.COMPANY;

import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.Language;
import org.extranet.mail.LinkMails;
import org.extranet.security.Actor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The welcome mail with a set-password link, whose link voids any earlier one; audited with the
 * link's expiry. Only the user services call it, after their checks, inside their transactions,
 * with the user's data they already hold.
 */
@Component
class Invitations {

    private final DSLContext db;
    private final LinkMails linkMails;
    private final AuditLog audit;

    Invitations(DSLContext db, LinkMails linkMails, AuditLog audit) {
        this.db = db;
        this.linkMails = linkMails;
        this.audit = audit;
    }

    void invite(Actor actor, long userId, long companyId, String email, String firstName, Language language) {
        String companyName = db.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchSingle(COMPANY.NAME);
        var expiresAt = linkMails.invitation(userId, email, firstName, language, companyName);
        audit.record(actor, AuditAction.INVITATION_SENT, companyId, Subject.user(userId, email),
                null, Map.of("expiresAt", expiresAt.toString()));
    }
}
