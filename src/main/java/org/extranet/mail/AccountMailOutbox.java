package org.extranet.mail;

import org.extranet.account.AccountMail;
import org.extranet.account.IssuedLink;
import org.extranet.account.Language;
import org.springframework.stereotype.Component;

/** The account feature's mails, queued in the outbox like every other mail. */
@Component
class AccountMailOutbox implements AccountMail {

    private final Outbox outbox;

    AccountMailOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void passwordChanged(String recipient, Language language, String firstName) {
        outbox.queue(new PasswordChangedMail(recipient, language, firstName));
    }

    @Override
    public void passwordReset(String recipient, Language language, String firstName, IssuedLink link) {
        outbox.queue(new PasswordResetMail(recipient, language, firstName, link.url(), link.expiresAt()));
    }
}
