package org.extranet;

import java.util.ArrayList;
import org.extranet.security.CurrentUser;
import org.extranet.security.SignInFactors;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts a real signed-in principal, as the sign-in page would, into the current thread: with the
 * password given and, where the account asks for one, the second factor too ({@link #passwordOnly}
 * stops after the password).
 */
@Component
public class SignIn {

    private final UserDetailsService accounts;
    private @Nullable ServletRequestAttributes inSession;

    SignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public void as(String email) {
        signIn(email, FactorGrantedAuthority.PASSWORD_AUTHORITY, SignInFactors.AUTHENTICATOR_APP);
    }

    /** Signed in with the password only: an account that asks for a second factor still waits for it. */
    public void passwordOnly(String email) {
        signIn(email, FactorGrantedAuthority.PASSWORD_AUTHORITY);
    }

    private void signIn(String email, String... factors) {
        var user = accounts.loadUserByUsername(email);
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        for (String factor : factors) {
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    /**
     * The current thread's request belongs to the session with this record, as when the user
     * signed in in a browser: what "this session" is to the services.
     */
    public void inSession(long sessionRecord) {
        var session = new MockHttpSession();
        session.setAttribute(CurrentUser.RECORD_ATTRIBUTE, sessionRecord);
        var request = new MockHttpServletRequest();
        request.setSession(session);
        inSession = new ServletRequestAttributes(request);
        RequestContextHolder.setRequestAttributes(inSession);
    }

    public void out() {
        SecurityContextHolder.clearContext();
        if (inSession != null && RequestContextHolder.getRequestAttributes() == inSession) {
            RequestContextHolder.resetRequestAttributes();
        }
        inSession = null;
    }
}
