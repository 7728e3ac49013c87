package org.extranet.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The factors of a sign-in, as Spring Security's {@code FactorGrantedAuthority}s on the session's
 * authentication: form login adds the password's ({@code FACTOR_PASSWORD}); the second-factor step
 * adds the one the user proved. A sign-in that needs a second factor is complete once it carries
 * any one of {@link #SECOND_FACTORS}; until then services refuse to act ({@link Actors#current()})
 * and every page leads to the second-factor step.
 */
public final class SignInFactors {

    /** An authenticator app's code (TOTP), or one of its recovery codes, was right. */
    public static final String AUTHENTICATOR_APP = "FACTOR_TOTP";

    /**
     * The second factors, any one of which completes a sign-in that asks for one. A passkey is one:
     * something the user has, unlocked by their fingerprint or PIN.
     */
    static final List<String> SECOND_FACTORS = List.of(AUTHENTICATOR_APP, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

    private static final List<AllRequiredFactorsAuthorizationManager<Object>> EACH_SECOND_FACTOR =
            SECOND_FACTORS.stream().map(SignInFactors::requiring).toList();

    private SignInFactors() {
    }

    private static AllRequiredFactorsAuthorizationManager<Object> requiring(String authority) {
        return AllRequiredFactorsAuthorizationManager.<Object>builder()
                .requireFactor(RequiredFactor.withAuthority(authority).build())
                .build();
    }

    /** Whether the authentication is a signed-in user with every step of signing in done. */
    public static boolean complete(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && (!user.secondFactorNeeded() || EACH_SECOND_FACTOR.stream()
                .anyMatch(factor -> factor.authorize(() -> authentication, user).isGranted()));
    }

    /** Whether the current user got the password right and still has the second factor to give. */
    public static boolean secondFactorPending() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser
                && !complete(authentication);
    }
}
