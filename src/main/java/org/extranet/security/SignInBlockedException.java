package org.extranet.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this address or from this client; try again later. */
class SignInBlockedException extends AuthenticationException {

    SignInBlockedException() {
        super("Too many failed sign-ins; temporarily blocked");
    }
}
