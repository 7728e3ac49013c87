package org.extranet.security;

import java.util.Arrays;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in failed, as far as the sign-in page may tell. */
public enum SignInError {
    BAD_CREDENTIALS("credentials"),
    LOCKED("locked"),
    NOT_ACTIVATED("inactive"),
    BLOCKED("blocked"),
    /** The sign-in form came without the token of this browser's session: a stale page, or another site's form. */
    EXPIRED("expired"),
    BUSY("busy"),
    /** A passkey the product does not know, or one that did not prove itself. */
    PASSKEY("passkey");

    private final String parameter;

    SignInError(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The translation key of the message the sign-in page shows. */
    public String messageKey() {
        return "login.error." + parameter;
    }

    public static SignInError of(AuthenticationException exception) {
        return switch (exception) {
            case LockedException locked -> LOCKED;
            case DisabledException disabled -> NOT_ACTIVATED;
            case SignInBlockedException blocked -> BLOCKED;
            case SignInBusyException busy -> BUSY;
            default -> BAD_CREDENTIALS;
        };
    }

    public static SignInError fromParameter(String parameter) {
        return Arrays.stream(values()).filter(error -> error.parameter.equals(parameter)).findFirst()
                .orElse(BAD_CREDENTIALS);
    }
}
