package org.extranet.mail;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff helping a user whose set-password mail did not get them in: stored mail holds no usable
 * link, so they give the user a new one, for the account that has the mail's address now. With a
 * mail server it is mailed; without one (the default run) it is shown to the staff member once. Either
 * way every earlier unused link of the user stops working, and the audit log records who did it.
 */
@Service
public class LinkHelp {

    /** How a new link reaches the user. */
    public enum Delivery {
        MAIL, SHOW_ONCE
    }

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final PasswordLinks links;
    private final LinkMails linkMails;
    private final ObjectProvider<OutboxSender> sender;

    LinkHelp(DSLContext db, Actors actors, AuditLog audit, PasswordLinks links, LinkMails linkMails,
             ObjectProvider<OutboxSender> sender) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.links = links;
        this.linkMails = linkMails;
        this.sender = sender;
    }

    public Delivery delivery() {
        return sender.getIfAvailable() == null ? Delivery.SHOW_ONCE : Delivery.MAIL;
    }

    /**
     * A new link for the distributor user who has the address the given link mail went to: the
     * welcome link while they are invited, a reset link once active; none while they are locked.
     */
    @Transactional
    public NewLink newLink(long mailId) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, null, "give a new set-password link");
        String recipient = db.select(MAIL_OUTBOX.RECIPIENT).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(mailId).and(MAIL_OUTBOX.LINK_TOKEN_ID.isNotNull()))
                .fetchOne(MAIL_OUTBOX.RECIPIENT);
        if (recipient == null) {
            return new NewLink.Refused("sent-mail.new-link.no-link");
        }
        // Staff accounts have no company, so only a distributor user is found: staff cannot take
        // over a colleague's account this way.
        User user = db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LANGUAGE.convertFrom(Language::of),
                        APP_USER.STATUS, APP_USER.COMPANY_ID, COMPANY.NAME)
                .from(APP_USER).join(COMPANY).on(COMPANY.ID.eq(APP_USER.COMPANY_ID))
                .where(APP_USER.EMAIL.lower().eq(recipient.toLowerCase(Locale.ROOT)))
                .forNoKeyUpdate().of(APP_USER)
                .fetchOne(Records.mapping(User::new));
        if (user == null) {
            return new NewLink.Refused("sent-mail.new-link.no-user");
        }
        if (user.status() == UserStatus.LOCKED) {
            return new NewLink.Refused("sent-mail.new-link.locked");
        }
        long userId = user.id();
        String email = user.email();
        var purpose = user.status() == UserStatus.INVITED ? TokenPurpose.INVITATION : TokenPurpose.PASSWORD_RESET;
        links.voidUnused(userId);

        NewLink result;
        AuditAction action;
        OffsetDateTime expiresAt;
        if (delivery() == Delivery.MAIL) {
            expiresAt = purpose == TokenPurpose.INVITATION
                    ? linkMails.invitation(userId, email, user.firstName(), user.language(), user.companyName())
                    : linkMails.passwordReset(userId, email, user.firstName(), user.language());
            result = new NewLink.Mailed(email, expiresAt);
            action = AuditAction.NEW_LINK_SENT;
        } else {
            var link = links.issue(userId, purpose);
            expiresAt = link.expiresAt();
            result = new NewLink.Shown(email, link);
            action = AuditAction.NEW_LINK_SHOWN;
        }
        audit.record(actor, action, user.companyId(), Subject.user(userId, email), null,
                Map.of("mail", mailId, "link", purpose.name(), "expiresAt", expiresAt.toString()));
        return result;
    }

    /** The distributor user who has a link mail's address now. */
    private record User(long id, String email, String firstName, Language language, UserStatus status, long companyId,
                        String companyName) {
    }
}
