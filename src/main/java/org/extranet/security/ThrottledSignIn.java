package org.extranet.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the throttle around the password check: each attempt is counted before its password is
 * compared, so a blocked or used-up e-mail or client address is refused without any hash; the
 * count stays for a wrong password, a success clears the account's count, and anything else gives
 * the attempt back. The checks themselves take turns ({@link PasswordChecks}). Behind a proxy, the
 * client address is only right when the proxy's forwarded headers are trusted
 * ({@code server.forward-headers-strategy}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final PasswordChecks checks;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle, PasswordChecks checks) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.checks = checks;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String clientAddress = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!throttle.reserve(email, clientAddress)) {
            throw new SignInBlockedException();
        }
        Authentication result;
        try {
            result = checks.run(() -> passwordCheck.authenticate(attempt));
        } catch (BadCredentialsException wrong) {
            throttle.failed(email, clientAddress);
            throw wrong;
        } catch (PasswordChecks.Busy busy) {
            throttle.release(email, clientAddress);
            throw new SignInBusyException();
        } catch (RuntimeException other) {
            // Locked or not activated (told only after the right password), or a fault: no wrong password.
            throttle.release(email, clientAddress);
            throw other;
        }
        throttle.succeeded(email, clientAddress);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
