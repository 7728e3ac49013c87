package org.extranet.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extranet.secondfactor.SecondFactorView;
import org.extranet.security.SignInContinuation;
import org.extranet.security.SignedInSessions;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Between the product's session and the authorization server's endpoints that act for the signed-in
 * user (authorize, logout): only a complete sign-in counts, and it counts as the user's id, the
 * stable subject other applications know them by, never their e-mail address. A sign-in waiting for
 * its second factor is sent to give it, and comes back here once it has.
 */
final class SignedInSubject extends OncePerRequestFilter {

    private final RequestMatcher authorize;
    private final RequestMatcher userEndpoints;
    private final SecurityContextHolderStrategy contexts;

    SignedInSubject(RequestMatcher authorize, RequestMatcher userEndpoints, SecurityContextHolderStrategy contexts) {
        this.authorize = authorize;
        this.userEndpoints = userEndpoints;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !userEndpoints.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (SignedInSessions.secondFactorPending(authentication) && authorize.matches(request)) {
            String query = request.getQueryString();
            SignInContinuation.remember(request, request.getRequestURI() + (query == null ? "" : "?" + query));
            response.sendRedirect(request.getContextPath() + "/" + SecondFactorView.PATH);
            return;
        }
        var userId = SignedInSessions.completeSignIn(authentication);
        if (authentication == null || userId.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext kept = contexts.getContext();
        SecurityContext global = SecurityContextHolder.getContext();
        SecurityContext subject = contexts.createEmptyContext();
        subject.setAuthentication(SignedInSessions.asSubject(authentication, userId.get()));
        contexts.setContext(subject);
        SecurityContextHolder.setContext(subject);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(global);
            contexts.setContext(kept);
        }
    }
}
