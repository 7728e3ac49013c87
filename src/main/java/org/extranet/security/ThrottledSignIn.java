package org.extranet.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the throttle around the password check: a blocked e-mail or client address is refused
 * before any password is compared, each wrong password is counted, and a success clears the
 * account's count. Behind a proxy, the client address is only right when the proxy's forwarded
 * headers are trusted ({@code server.forward-headers-strategy}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String clientAddress = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.isBlocked(email, clientAddress)) {
            throw new SignInBlockedException();
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.succeeded(email);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, clientAddress);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
