package org.extranet.security;

import jakarta.servlet.Filter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * The product's signed-in sessions as other filter chains see them (the OpenID Connect provider's):
 * the same session check as every page gets, whether a sign-in is complete, and ending a session's
 * record when the session is signed out there.
 */
@Component
public class SignedInSessions {

    private final SignInAccounts accounts;
    private final SessionRecords records;
    private final SecurityContextHolderStrategy contexts;
    private final SessionSettings settings;
    private final Clock clock;

    SignedInSessions(SignInAccounts accounts, SessionRecords records,
                     ObjectProvider<SecurityContextHolderStrategy> contexts, SessionSettings settings, Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.settings = settings;
        this.clock = clock;
    }

    /** {@link SessionCheckFilter}: a session whose user was locked, deleted or signed out elsewhere ends here too. */
    public Filter sessionCheck() {
        return new SessionCheckFilter(accounts, records, contexts, request -> false, settings, clock);
    }

    /**
     * The signed-in user of a complete sign-in (password and, where one is asked for, the second
     * factor), by their id; empty for anyone else, a sign-in still waiting for its second factor included.
     */
    public static Optional<Long> completeSignIn(@Nullable Authentication authentication) {
        return SignInFactors.complete(authentication) && authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user.id()) : Optional.empty();
    }

    /** Whether the authentication is a signed-in user whose second factor is still to be given. */
    public static boolean secondFactorPending(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser
                && !SignInFactors.complete(authentication);
    }

    /**
     * The signed-in user as another system knows them: by their id, never their e-mail address (which
     * changes), with their roles and the factors they signed in with (whose moments give the ID
     * token's {@code auth_time}), for this request only.
     */
    public static Authentication asSubject(Authentication authentication, long userId) {
        List<GrantedAuthority> kept = authentication.getAuthorities().stream()
                .filter(authority -> authority instanceof FactorGrantedAuthority
                        || Objects.toString(authority.getAuthority(), "").startsWith("ROLE_"))
                .<GrantedAuthority>map(authority -> authority instanceof FactorGrantedAuthority factor ? factor
                        : new SimpleGrantedAuthority(Objects.toString(authority.getAuthority(), "")))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(Long.toString(userId), null, kept);
    }

    /** Ends the record of the session being signed out, as signing out of the product does. */
    public LogoutHandler endsRecord() {
        return (request, response, authentication) -> {
            Long recordId = CurrentUser.recordOf(request.getSession(false));
            if (recordId != null) {
                records.end(recordId);
            }
        };
    }

    /** The strategy the product's filters fill (several applications may share a JVM in tests). */
    public SecurityContextHolderStrategy contexts() {
        return contexts;
    }
}
