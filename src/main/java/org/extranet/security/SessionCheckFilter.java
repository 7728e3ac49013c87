package org.extranet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request once its user is locked, deleted or has changed their
 * password, whichever node made the change: the database holds the truth, so one indexed lookup
 * per request keeps every node in step. It also refreshes the permissions the UI shows, and ends
 * sessions that outlived their absolute lifetime or sat idle too long ({@link SessionSettings}).
 * The same look-up reads the session's record, so a session signed out from another one (its
 * record ended) ends too; a session that ends here has its record ended, and the record notes
 * the user's activity at most once a minute ({@link SessionRecords}).
 * Every request of a session is checked, whatever its path; only plain GETs of the product's
 * stylesheets are not.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    /** When the session's user last did something: any request but Vaadin's heartbeat. */
    static final String LAST_ACTIVITY = SessionCheckFilter.class.getName() + ".LAST_ACTIVITY";

    private final SignInAccounts accounts;
    private final SessionRecords records;
    private final SecurityContextHolderStrategy securityContexts;
    private final RequestMatcher stylesheets;
    private final SessionSettings settings;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /**
     * Takes the security context from the application's own holder strategy, the one Spring
     * Security's filters fill, not from the JVM-wide static holder (which another application in
     * the same JVM, as in tests, may have switched to its own).
     */
    SessionCheckFilter(SignInAccounts accounts, SessionRecords records, SecurityContextHolderStrategy securityContexts,
                       RequestMatcher stylesheets, SessionSettings settings, Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.securityContexts = securityContexts;
        this.stylesheets = stylesheets;
        this.settings = settings;
        this.clock = clock;
    }

    /** The product's stylesheets hold nothing of anyone's; checking the session for each would only cost. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return stylesheets.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = securityContexts.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            var session = request.getSession(false);
            Long recordId = CurrentUser.recordOf(session);
            Instant now = clock.instant();
            SignInAccounts.SessionCheck check = outlived(user, session, now) ? null : accounts.refresh(user, recordId);
            if (check == null) {
                securityContexts.clearContext();
                if (recordId != null) {
                    records.end(recordId);
                }
                if (session != null) {
                    session.invalidate();
                }
            } else {
                SignedInUser current = check.user();
                if (session != null && !isHeartbeat(request)) {
                    session.setAttribute(LAST_ACTIVITY, now);
                    if (recordId == null) {
                        records.adopt(current, request);
                    } else if (check.activityDue()) {
                        records.noteActivity(recordId, current.sessionGeneration());
                    }
                }
                if (current != user) {
                    // New roles; other authorities (how the user authenticated) stay as they were.
                    var authorities = Stream.concat(current.getAuthorities().stream(),
                            context.getAuthentication().getAuthorities().stream()
                                    .filter(authority -> !Objects.toString(authority.getAuthority(), "").startsWith("ROLE_")))
                            .toList();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, authorities));
                    repository.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private boolean outlived(SignedInUser user, @Nullable HttpSession session, Instant now) {
        if (!now.isBefore(user.signedInAt().plus(settings.absoluteLifetime()))) {
            return true;
        }
        Instant lastActivity = session != null && session.getAttribute(LAST_ACTIVITY) instanceof Instant last
                ? last : user.signedInAt();
        return !now.isBefore(lastActivity.plus(settings.idleTimeout()));
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
