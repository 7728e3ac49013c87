package org.extranet.user;

import java.time.OffsetDateTime;
import org.extranet.account.Language;
import org.extranet.account.PasswordLinks;
import org.extranet.account.TokenPurpose;
import org.extranet.mail.InvitationMail;
import org.extranet.mail.Outbox;
import org.springframework.stereotype.Component;

/**
 * The welcome mail with a fresh set-password link (which voids any earlier one), queued in the
 * caller's transaction: the mail exists exactly when the user or the new link does.
 */
@Component
class Invitations {

    private final PasswordLinks links;
    private final Outbox outbox;

    Invitations(PasswordLinks links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    OffsetDateTime send(long userId, String email, String firstName, Language language, String companyName) {
        var link = links.issue(userId, TokenPurpose.INVITATION);
        outbox.queue(new InvitationMail(email, language, firstName, companyName, link.url(), link.expiresAt()));
        return link.expiresAt();
    }
}
