package org.extranet.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: blocked, or no turn to check it. */
public class SignInRefusedEvent extends AbstractAuthenticationFailureEvent {

    public SignInRefusedEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
