package org.extranet.password;

import org.extranet.base.Language;

/** What a set-password link is good for right now, as the page that opens it must tell. */
public sealed interface LinkState {

    /** Usable: the page may show whose account it is. */
    record Valid(String email, String firstName, Language language, TokenPurpose purpose) implements LinkState {
    }

    /** Out of time; {@code staff} when the account is a staff member's, who has no company administrator to ask. */
    record Expired(TokenPurpose purpose, boolean staff) implements LinkState {
    }

    record Used(TokenPurpose purpose) implements LinkState {
    }

    /** Never issued, mistyped, or replaced by a newer link. */
    record Unknown() implements LinkState {
    }
}
