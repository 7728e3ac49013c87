package org.extranet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in with a passkey: Spring Security's WebAuthn check of the passkey, then the account a
 * password sign-in gives (the same principal, so the session is like any other), refused in the
 * same way when it is locked or not activated, which is told only now that the passkey proved
 * itself. Failed passkeys count against the client address ({@link SignInThrottle}); a block of the
 * e-mail address does not stop a passkey, which cannot be guessed. The session holds
 * {@link FactorGrantedAuthority#WEBAUTHN_AUTHORITY} beside the roles: something held and the user
 * verified, a sign-in with a second factor.
 */
final class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SignInAccounts accounts;
    private final PasskeyThrottle throttle;
    private final Clock clock;

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, SignInAccounts accounts, PasskeyThrottle throttle,
                  Clock clock) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var attempt = (WebAuthnAuthenticationRequestToken) authentication;
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
        String client = request == null ? null : request.getRemoteAddr();
        if (request != null) {
            attempt.setDetails(new PasskeyAttempt(request, null));
        }
        if (client != null && !throttle.reserveForClient(client)) {
            throw new SignInBlockedException();
        }
        PublicKeyCredentialUserEntity owner;
        try {
            owner = relyingParty.authenticate(attempt.getWebAuthnRequest());
        } catch (RuntimeException notAccepted) {
            if (client != null) {
                throttle.failedFromClient(client);
            }
            throw new BadCredentialsException("Passkey not accepted", notAccepted);
        }
        if (client != null) {
            throttle.releaseForClient(client);
        }
        SignedInUser user = accounts.loadUserByUsername(owner.getName());
        if (request != null) {
            attempt.setDetails(new PasskeyAttempt(request, user.getUsername()));
        }
        if (!user.isAccountNonLocked()) {
            throw new LockedException("Account locked");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("Account not activated");
        }
        user.eraseCredentials();
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                .issuedAt(clock.instant()).build());
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
