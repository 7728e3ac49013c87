package org.extranet.password;

import org.extranet.base.Language;

/** What a set-password link is good for right now, as the page that opens it must tell. */
public sealed interface LinkState {

    /** Usable: the page may show whose account it is. */
    record Valid(String email, String firstName, Language language, TokenPurpose purpose) implements LinkState {
    }

    record Expired(TokenPurpose purpose) implements LinkState {
    }

    record Used(TokenPurpose purpose) implements LinkState {
    }

    /** Never issued, mistyped, or replaced by a newer link. */
    record Unknown() implements LinkState {
    }
}
