package org.extranet.mail;

import org.extranet.password.PendingLink;
import org.jspecify.annotations.Nullable;

/** An outbox row a sender has claimed for this round. */
record ClaimedMail(long id, String recipient, String subject, String text, String html, int attempts,
                   @Nullable Long linkTokenId) {

    /** The mail as it goes out, with its link's token in place of the placeholder. */
    ClaimedMail withToken(String token) {
        return new ClaimedMail(id, recipient, subject, text.replace(PendingLink.TOKEN_PLACEHOLDER, token),
                html.replace(PendingLink.TOKEN_PLACEHOLDER, token), attempts, linkTokenId);
    }
}
