package org.extranet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request once its user is locked, deleted or has changed their
 * password, whichever node made the change: the database holds the truth, so one indexed lookup
 * per request keeps every node in step. It also refreshes the permissions the UI shows.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private final SignInAccounts accounts;
    private final SecurityContextHolderStrategy securityContexts;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /**
     * Takes the security context from the application's own holder strategy, the one Spring
     * Security's filters fill, not from the JVM-wide static holder (which another application in
     * the same JVM, as in tests, may have switched to its own).
     */
    SessionCheckFilter(SignInAccounts accounts, SecurityContextHolderStrategy securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts;
    }

    /** The product's stylesheets hold nothing of anyone's; checking the session for each would only cost. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getServletPath().endsWith(".css");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = securityContexts.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            SignedInUser current = accounts.refresh(user);
            if (current == null) {
                securityContexts.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (current != user) {
                // New roles; other authorities (how the user authenticated) stay as they were.
                var authorities = Stream.concat(current.getAuthorities().stream(),
                        context.getAuthentication().getAuthorities().stream()
                                .filter(authority -> !authority.getAuthority().startsWith("ROLE_")))
                        .toList();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, authorities));
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
