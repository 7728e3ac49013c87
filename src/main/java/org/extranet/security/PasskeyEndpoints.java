package org.extranet.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's WebAuthn endpoints as the product uses them, called by its pages' scripts:
 * POST /webauthn/register/options and /webauthn/register (signed in), POST
 * /webauthn/authenticate/options and /login/webauthn (signing in). The sign-in is made the
 * product's own: its account check ({@link PasskeySignIn}), the session strategies of a password
 * sign-in (a new session id, a new CSRF token, the session's record), Spring's events for the audit
 * log and the last sign-in, and a failure answered with the reason the sign-in page may show.
 * Spring's default pages are off, and its DELETE endpoint is closed ({@link #REMOVAL}): a passkey is
 * removed on Account information, which records it and mails the user.
 */
final class PasskeyEndpoints {

    static final RequestMatcher REMOVAL = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.DELETE, "/webauthn/register/**");

    private static final RequestMatcher REGISTRATION = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/webauthn/register/**");

    /** 401 and the reason as the sign-in page names it, {@code {"error":"locked"}}; the page says what it means. */
    private static final AuthenticationFailureHandler FAILED = (request, response, exception) -> {
        SignInError error = SignInError.of(exception);
        String reason = (error == SignInError.BAD_CREDENTIALS ? SignInError.PASSKEY : error).parameter();
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + reason + "\"}");
    };

    private PasskeyEndpoints() {
    }

    static void configure(HttpSecurity http, WebAuthnConfigurer<HttpSecurity> passkeys, PasskeySignIn signIn,
                          AuthenticationEventPublisher authenticationEvents, ApplicationEventPublisher events,
                          SecurityContextHolderStrategy securityContexts) {
        passkeys.disableDefaultRegistrationPage(true);
        passkeys.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
            @Override
            public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
                var manager = new ProviderManager(signIn);
                manager.setAuthenticationEventPublisher(authenticationEvents);
                filter.setAuthenticationManager(manager);
                filter.setSecurityContextHolderStrategy(securityContexts);
                filter.setApplicationEventPublisher(events);
                var sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
                if (sessions != null) {
                    filter.setSessionAuthenticationStrategy(sessions);
                }
                var success = new HttpMessageConverterAuthenticationSuccessHandler();
                var requests = http.getSharedObject(RequestCache.class);
                if (requests != null) {
                    success.setRequestCache(requests);
                }
                filter.setAuthenticationSuccessHandler(success);
                filter.setAuthenticationFailureHandler(FAILED);
                return filter;
            }
        });
    }

    /**
     * Registering a passkey only with a recent factor of a complete sign-in ({@link RecentSignIn}),
     * behind the page's own check, so that a script that skips the page gets 403. A filter of its
     * own: Spring's registration filters answer before the authorization rules are read.
     */
    static Filter registrationNeedsRecentSignIn(RecentSignIn recentSignIn) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (REGISTRATION.matches(request) && !recentSignIn.recent()) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
