package org.extranet.security;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The id of the user behind the current request. */
public final class CurrentUser {

    /**
     * The HTTP session's attribute that holds the id of the session's record ({@code user_session}):
     * the only thing about a signed-in session the HTTP session and the database share.
     */
    public static final String RECORD_ATTRIBUTE = CurrentUser.class.getName() + ".SESSION_RECORD";

    private CurrentUser() {
    }

    public static Optional<Long> id() {
        return signedInUser().map(SignedInUser::id);
    }

    /**
     * The current authentication: the holder's, or, in a request outside Vaadin (a passkey
     * ceremony) whose holder is empty, the one kept in the request's session. The session's is the
     * one the session check has just looked at; reading it directly keeps this right when several
     * applications share a JVM (as in tests), where the JVM-wide holder is the last one started.
     */
    static @Nullable Authentication authentication() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) instanceof HttpSession session
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext kept) {
            return kept.getAuthentication();
        }
        return authentication;
    }

    static Optional<SignedInUser> signedInUser() {
        var authentication = authentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /**
     * The id of the current request's session record, if the request has a session that has one
     * (sessions are recorded as their sign-in succeeds; a thread without a request has none).
     */
    public static Optional<Long> sessionRecord() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(recordOf(attributes.getRequest().getSession(false)))
                : Optional.empty();
    }

    static @Nullable Long recordOf(@Nullable HttpSession session) {
        return session != null && session.getAttribute(RECORD_ATTRIBUTE) instanceof Long id ? id : null;
    }

    /**
     * The work, to run on another thread as the user of the current request: the same sign-in (its
     * session generation and factors) that {@link Actors#current()} checks against the database
     * at each call, so the work has exactly the user's rights at that moment, and none once they are
     * locked, lose a permission or change their password. The thread's holder is cleared afterwards.
     */
    public static Runnable carriedOver(Runnable work) {
        Authentication authentication = authentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser)) {
            throw new AccessDeniedException("Not signed in");
        }
        return () -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                work.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    public static long requireId() {
        return id().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /**
     * Keeps the current session alive after its user's session generation moved on to the given
     * one (they changed their password here): every other session ends on its next request, this
     * one goes on. It also gets a new session id, so that a copy of the old session cookie, should
     * someone have one, ends too.
     */
    public static void continueWithSessionGeneration(int generation) {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new AccessDeniedException("Not signed in");
        }
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.withSessionGeneration(generation), null, authentication.getAuthorities()));
        storeInSession(context);
    }

    /**
     * The current sign-in gains a factor the user has just proved (their authenticator app's code):
     * a sign-in waiting for its second factor is complete from now on ({@link SignInFactors}). The
     * session gets a new id, as it did when the password was right, since it can now do more.
     */
    public static void addFactor(String authority, Instant issuedAt) {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new AccessDeniedException("Not signed in");
        }
        var authorities = new ArrayList<GrantedAuthority>(authentication.getAuthorities().stream()
                .filter(held -> !authority.equals(held.getAuthority())).toList());
        authorities.add(FactorGrantedAuthority.withAuthority(authority).issuedAt(issuedAt).build());
        var completed = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        completed.setDetails(authentication.getDetails());
        context.setAuthentication(completed);
        storeInSession(context);
    }

    /**
     * In a web request the context is the one kept in the HTTP session; storing it again makes the
     * change count wherever the session is replicated or persisted. A new session id makes a copy of
     * the old session cookie, should someone have one, useless.
     */
    private static void storeInSession(SecurityContext context) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            var session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                request.changeSessionId();
            }
        }
    }
}
