package org.extranet.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a passkey sign-in, for the security events: where it came from, as for a password,
 * and whose account the passkey turned out to be, once it proved itself (nobody's before: a
 * passkey names no e-mail address).
 */
public final class PasskeyAttempt extends WebAuthenticationDetails {

    private final @Nullable String account;

    PasskeyAttempt(HttpServletRequest request, @Nullable String account) {
        super(request);
        this.account = account;
    }

    /** The e-mail address of the account the passkey is for; null when it did not prove itself. */
    public @Nullable String account() {
        return account;
    }
}
