package org.extranet.security;

import org.springframework.security.core.AuthenticationException;

/** Too many passwords are being checked at once; nothing was checked, try again shortly. */
class SignInBusyException extends AuthenticationException {

    SignInBusyException() {
        super("Too many sign-ins at once; try again shortly");
    }
}
