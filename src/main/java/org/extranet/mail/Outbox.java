package org.extranet.mail;

import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.Locale;
import org.extranet.password.PendingLink;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every mail starts. It joins the caller's transaction (and insists on one), so the mail
 * exists exactly when the change that causes it does; {@link OutboxSender} sends it afterwards.
 */
@Service
public class Outbox {

    private final DSLContext db;
    private final MailTemplates templates;

    Outbox(DSLContext db, MailTemplates templates) {
        this.db = db;
        this.templates = templates;
    }

    /**
     * Renders the mail in its recipient's language and queues it; returns the outbox row's id. A
     * set-password link is stored as its placeholder and token row only (see {@link OutboxSender}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long queue(Mail mail) {
        RenderedMail rendered = templates.render(mail);
        return db.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.KIND, mail.template().toUpperCase(Locale.ROOT).replace('-', '_'))
                .set(MAIL_OUTBOX.RECIPIENT, mail.recipient().strip())
                .set(MAIL_OUTBOX.LANGUAGE, mail.language().code())
                .set(MAIL_OUTBOX.SUBJECT, rendered.subject())
                .set(MAIL_OUTBOX.TEXT_BODY, rendered.text())
                .set(MAIL_OUTBOX.HTML_BODY, rendered.html())
                .set(MAIL_OUTBOX.LINK_TOKEN_ID, mail.pendingLink().map(PendingLink::tokenId).orElse(null))
                .returning(MAIL_OUTBOX.ID)
                .fetchSingle(MAIL_OUTBOX.ID);
    }
}
