package org.extranet.user;

import java.time.OffsetDateTime;
import org.extranet.account.Language;
import org.springframework.stereotype.Component;

/** Sends the welcome mail with a fresh set-password link; runs inside the caller's transaction. */
@Component
class Invitations {

    OffsetDateTime send(long userId, String email, String firstName, Language language, String companyName) {
        throw new UnsupportedOperationException("wired up once the outbox and the links are merged");
    }
}
