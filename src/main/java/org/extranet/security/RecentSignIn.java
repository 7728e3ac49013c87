package org.extranet.security;

import static org.extranet.db.Tables.APP_USER;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-authentication before a change to how one signs in (ASVS 7.5.1): a new factor is added only
 * when a factor of the current sign-in was given within {@link SessionSettings#reauthenticateAfter()};
 * otherwise the user confirms their password first. Whether a factor is recent is Spring
 * Security's {@link RequiredFactor#validDuration} judged by the application's clock.
 */
@Service
public class RecentSignIn {

    private final List<AllRequiredFactorsAuthorizationManager<Object>> recentFactors;
    private final DSLContext db;
    private final Actors actors;
    private final PasswordConfirmation passwords;
    private final Clock clock;

    RecentSignIn(SessionSettings settings, DSLContext db, Actors actors, PasswordConfirmation passwords, Clock clock) {
        this.db = db;
        this.actors = actors;
        this.passwords = passwords;
        this.clock = clock;
        this.recentFactors = List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, SignInFactors.AUTHENTICATOR_APP,
                        FactorGrantedAuthority.WEBAUTHN_AUTHORITY).stream()
                .map(authority -> {
                    var recent = AllRequiredFactorsAuthorizationManager.<Object>builder()
                            .requireFactor(RequiredFactor.withAuthority(authority)
                                    .validDuration(settings.reauthenticateAfter()).build())
                            .build();
                    recent.setClock(clock);
                    return recent;
                })
                .toList();
    }

    /** Refuses with {@link ReauthenticationNeeded} unless the current sign-in has a recent factor. */
    public void require() {
        if (!recent()) {
            throw new ReauthenticationNeeded();
        }
    }

    /** Whether the current sign-in is complete and one of its factors was given recently. */
    boolean recent() {
        var authentication = CurrentUser.authentication();
        return authentication != null && SignInFactors.complete(authentication) && recentFactors.stream()
                .anyMatch(recent -> recent.authorize(() -> authentication, authentication).isGranted());
    }

    /**
     * "Confirm it's you": the password again, counted like a sign-in (wrong ones block the account
     * for a while). When it is right, the sign-in's password factor counts as given now.
     */
    @Transactional
    public void confirmWithPassword(String password) {
        Account me = Objects.requireNonNull(db.select(APP_USER.EMAIL, APP_USER.PASSWORD_HASH).from(APP_USER)
                .where(APP_USER.ID.eq(actors.current().id())).fetchOne(Records.mapping(Account::new)));
        passwords.require(me.email(), me.passwordHash(), password, ReauthenticationField.PASSWORD,
                new PasswordConfirmation.Messages("reauthenticate.wrong", "change-password.blocked"));
        CurrentUser.addFactor(FactorGrantedAuthority.PASSWORD_AUTHORITY, clock.instant());
    }

    private record Account(String email, @Nullable String passwordHash) {
    }
}
