package org.extranet.mail;

import java.time.OffsetDateTime;
import org.extranet.account.AccountMail;
import org.extranet.base.Language;
import org.springframework.stereotype.Component;

/** The account feature's mails, queued in the outbox like every other mail. */
@Component
class AccountMailOutbox implements AccountMail {

    private final Outbox outbox;
    private final LinkMails linkMails;

    AccountMailOutbox(Outbox outbox, LinkMails linkMails) {
        this.outbox = outbox;
        this.linkMails = linkMails;
    }

    @Override
    public void passwordChanged(String recipient, Language language, String firstName) {
        outbox.queue(new PasswordChangedMail(recipient, language, firstName));
    }

    @Override
    public OffsetDateTime passwordReset(long userId, String recipient, Language language, String firstName) {
        return linkMails.passwordReset(userId, recipient, firstName, language);
    }
}
