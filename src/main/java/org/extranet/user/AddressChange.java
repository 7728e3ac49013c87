package org.extranet.user;

import java.util.Set;
import org.extranet.mail.EmailChangedMail;
import org.extranet.mail.Outbox;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.springframework.stereotype.Component;

/**
 * What follows when a user's sign-in address changes (a mistyped one corrected, say): links sent
 * to the old address stop working, so whoever got them there cannot take the account, and the old
 * address is told, in the user's language, so a change the user did not ask for does not go
 * unnoticed. Only {@link UserAdministration} calls it, inside its transaction.
 */
@Component
class AddressChange {

    private final PasswordLinks links;
    private final Outbox outbox;

    AddressChange(PasswordLinks links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    /** Whether the two addresses name different mailboxes; a change of case alone does not. */
    static boolean changes(String before, String after) {
        return !before.equalsIgnoreCase(after);
    }

    /** Voids the user's unused links and mails the old address; returns the purposes of the links voided. */
    Set<TokenPurpose> apply(long userId, String oldEmail, UserData after) {
        var voided = links.voidUnused(userId);
        outbox.queue(new EmailChangedMail(oldEmail, after.language(), after.firstName(), after.email()));
        return voided;
    }
}
