package org.extranet.mail;

import java.time.OffsetDateTime;
import org.extranet.password.IssuedLink;

/** What staff get from "new link" on the Sent mail page. */
public sealed interface NewLink {

    /** A new mail with a new link is on its way to the user's address. */
    record Mailed(String recipient, OffsetDateTime expiresAt) implements NewLink {
    }

    /** No mail server: the link itself, for staff to hand over now; it is not shown again. */
    record Shown(String recipient, IssuedLink link) implements NewLink {
    }

    /** Nothing was done, for the reason the translation key gives. */
    record Refused(String messageKey) implements NewLink {
    }
}
