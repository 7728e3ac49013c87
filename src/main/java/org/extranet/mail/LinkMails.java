package org.extranet.mail;

import java.time.OffsetDateTime;
import org.extranet.base.Language;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.springframework.stereotype.Component;

/**
 * The mails that carry a set-password link, each with a fresh link (which voids the user's earlier
 * unused one of its kind), queued in the caller's transaction: the mail exists exactly when the
 * link does. Each returns until when the new link works.
 */
@Component
public class LinkMails {

    private final PasswordLinks links;
    private final Outbox outbox;

    LinkMails(PasswordLinks links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    public OffsetDateTime invitation(long userId, String email, String firstName, Language language,
                                     String companyName) {
        var link = links.reserve(userId, TokenPurpose.INVITATION);
        outbox.queue(new InvitationMail(email, language, firstName, companyName, link));
        return link.expiresAt();
    }

    /** The welcome mail of a staff member, who belongs to no company. */
    public OffsetDateTime staffInvitation(long userId, String email, String firstName, Language language) {
        var link = links.reserve(userId, TokenPurpose.INVITATION);
        outbox.queue(new StaffInvitationMail(email, language, firstName, link));
        return link.expiresAt();
    }

    public OffsetDateTime passwordReset(long userId, String email, String firstName, Language language) {
        var link = links.reserve(userId, TokenPurpose.PASSWORD_RESET);
        outbox.queue(new PasswordResetMail(email, language, firstName, link));
        return link.expiresAt();
    }
}
