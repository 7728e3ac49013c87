package org.extranet.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The second step of a sign-in was done with {@code factor} ("authenticator app", "recovery code"):
 * the sign-in is complete, and is on record as of now, from the client address it began at.
 */
public record SecondFactorGiven(long userId, String email, String factor, @Nullable String clientAddress) {

    /** For the current session's sign-in. */
    public static SecondFactorGiven now(long userId, String email, String factor) {
        var authentication = CurrentUser.authentication();
        String client = authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        return new SecondFactorGiven(userId, email, factor, client);
    }
}
