package org.extranet;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Puts a real signed-in principal, as the sign-in page would, into the current thread. */
@Component
public class SignIn {

    private final UserDetailsService accounts;

    SignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public void as(String email) {
        var user = accounts.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
