package org.extranet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request once its user is locked, deleted or has changed their
 * password, whichever node made the change: the database holds the truth, so one indexed lookup
 * per request keeps every node in step. It also refreshes the permissions the UI shows.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private final SignInAccounts accounts;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionCheckFilter(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            SignedInUser current = accounts.refresh(user);
            if (current == null) {
                SecurityContextHolder.clearContext();
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
