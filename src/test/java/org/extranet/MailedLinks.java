package org.extranet;

import static org.extranet.db.Tables.MAIL_OUTBOX;

import org.extranet.password.PasswordLinks;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The set-password link a queued mail carries, made the way the sender makes it as the mail goes
 * out ({@link PasswordLinks#activate}): for tests that follow a mailed link without an SMTP
 * server. Stored mail holds only a placeholder, so there is nothing to read from the outbox.
 */
@Component
public class MailedLinks {

    private final DSLContext db;
    private final PasswordLinks links;

    MailedLinks(DSLContext db, PasswordLinks links) {
        this.db = db;
        this.links = links;
    }

    /** The token of the newest mail of this kind (INVITATION, PASSWORD_RESET) to the address. */
    public String token(String recipient, String kind) {
        Long tokenId = db.select(MAIL_OUTBOX.LINK_TOKEN_ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(recipient).and(MAIL_OUTBOX.KIND.eq(kind)))
                .orderBy(MAIL_OUTBOX.ID.desc())
                .limit(1)
                .fetchSingle(MAIL_OUTBOX.LINK_TOKEN_ID);
        return links.activate(tokenId).orElseThrow(() -> new AssertionError("The link of that mail is void"));
    }

    /** The path the mailed link leads to, for a browser to open. */
    public String path(String recipient, String kind) {
        return "/" + PasswordLinks.PATH + "?token=" + token(recipient, kind);
    }
}
