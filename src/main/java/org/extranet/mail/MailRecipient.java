package org.extranet.mail;

import static org.extranet.db.Tables.APP_USER;

import java.util.Locale;
import org.extranet.audit.AuditLog.Subject;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;

/**
 * The account a mail's recipient address belongs to now, if any: whom staff act for when they read
 * the mail or give its recipient a new link, and the company whose audit log shows it.
 */
record MailRecipient(@Nullable Long userId, @Nullable Long companyId, String email) {

    static MailRecipient of(DSLContext db, String email) {
        return db.select(APP_USER.ID, APP_USER.COMPANY_ID).from(APP_USER)
                .where(APP_USER.EMAIL.lower().eq(email.toLowerCase(Locale.ROOT)))
                .fetchOptional(Records.mapping((userId, companyId) -> new MailRecipient(userId, companyId, email)))
                .orElse(new MailRecipient(null, null, email));
    }

    Subject subject() {
        return new Subject(userId, email);
    }
}
