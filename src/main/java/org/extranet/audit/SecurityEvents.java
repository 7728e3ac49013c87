package org.extranet.audit;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.ProductTime;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.PasskeyAttempt;
import org.extranet.security.SecondFactorFailed;
import org.extranet.security.SecondFactorGiven;
import org.extranet.security.SignInBlocked;
import org.extranet.security.SignInError;
import org.extranet.security.SignInFactors;
import org.extranet.security.SignInRefusedEvent;
import org.extranet.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Security events on record: sign-ins that succeeded or failed, sign-in blocks, sign-outs (from
 * Spring Security's events) and pages the navigation refused. Each is one audit row under the
 * company of the account concerned (none when the address typed belongs to nobody: then only staff
 * see it) and one line in the application log ({@link RefusedPages} records pages refused). A password is never kept; neither is what was typed
 * as the e-mail address unless it looks like one, since people do type their password there.
 */
@Service
public class SecurityEvents {

    static final String NOT_AN_EMAIL = "(not an e-mail address)";
    static final String A_PASSKEY = "(a passkey)";
    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final int MAX_EMAIL = 254;

    private final Actors actors;
    private final AuditLog audit;

    SecurityEvents(Actors actors, AuditLog audit) {
        this.actors = actors;
        this.audit = audit;
    }

    /**
     * A sign-in is on record once it is complete: at once, or after the password once the second
     * factor is given ({@link #secondFactorGiven}).
     */
    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            if (!SignInFactors.complete(event.getAuthentication())) {
                log.info("Password right, second factor asked: user {} from {}", user.id(),
                        clientAddress(event.getAuthentication()));
                return;
            }
            String client = clientAddress(event.getAuthentication());
            boolean passkey = event.getAuthentication().getDetails() instanceof PasskeyAttempt;
            actors.find(user.id()).ifPresent(actor -> audit.signIn(AuditAction.SIGNED_IN, actor.id(), actor.label(),
                    actor.companyId(), Subject.user(actor.id(), user.getUsername()), client,
                    passkey ? Map.of("with", "passkey") : null));
            log.info("Signed in{}: user {} from {}", passkey ? " with a passkey" : "", user.id(), client);
        }
    }

    /**
     * A wrong password (or an address nobody has) is recorded with the address typed as the one
     * acting; a locked or not yet activated account only says so after the right password, so
     * then its owner is the one acting. Attempts refused before any check (the key is blocked, or
     * no turn came to check the password) go to the application log only: the block itself is on
     * record once, when it begins, so that hammering a blocked account cannot flood the audit log.
     */
    @EventListener
    public void signInFailed(AbstractAuthenticationFailureEvent event) {
        // An application failing to authenticate at the OpenID Connect provider is no one's sign-in.
        if (event.getAuthentication().getClass().getPackageName().startsWith("org.springframework.security.oauth2")) {
            return;
        }
        // A passkey names no address: its account is known once it proved itself, and only then.
        var passkey = event.getAuthentication().getDetails() instanceof PasskeyAttempt attempt ? attempt : null;
        String name = passkey == null ? event.getAuthentication().getName() : Objects.toString(passkey.account(), "");
        String client = clientAddress(event.getAuthentication());
        SignInError error = SignInError.of(event.getException());
        if (event instanceof SignInRefusedEvent) {
            log.warn("Sign-in refused ({}): {} from {}", error.parameter(), LogText.safe(typedEmail(name)), client);
            return;
        }
        Optional<Actor> account = passkey != null && passkey.account() == null ? Optional.empty() : actors.withEmail(name);
        String typed = passkey != null && account.isEmpty() ? A_PASSKEY : typed(name, account);
        String reason = switch (error) {
            case LOCKED -> "account locked";
            case NOT_ACTIVATED -> "account not activated";
            default -> passkey != null ? "passkey not accepted"
                    : account.isPresent() ? "wrong password" : "no account with this e-mail address";
        };
        boolean owner = error == SignInError.LOCKED || error == SignInError.NOT_ACTIVATED;
        audit.signIn(AuditAction.SIGN_IN_FAILED,
                owner ? account.map(Actor::id).orElse(null) : null,
                owner ? account.map(Actor::label).orElse(typed) : typed,
                account.map(Actor::companyId).orElse(null), subject(account, typed), client, Map.of("reason", reason));
        log.warn("Sign-in failed ({}): {} ({}) from {}", reason, LogText.safe(typed), who(account), client);
    }

    @EventListener
    public void signInBlocked(SignInBlocked event) {
        String until = untilText(event.until());
        if (event.scope() == SignInBlocked.Scope.ACCOUNT) {
            Optional<Actor> account = actors.withEmail(event.email());
            String typed = typed(event.email(), account);
            audit.signIn(AuditAction.SIGN_IN_BLOCKED, null, typed, account.map(Actor::companyId).orElse(null),
                    subject(account, typed), event.clientAddress(), Map.of("blocked", "e-mail address", "until", until));
            log.warn("Sign-in blocked until {}: e-mail address {} ({})", until, LogText.safe(typed), who(account));
        } else {
            String client = String.valueOf(event.clientAddress());
            audit.signIn(AuditAction.SIGN_IN_BLOCKED, null, typedEmail(event.email()), null, new Subject(null, client), client,
                    Map.of("blocked", "client address", "until", until));
            log.warn("Sign-in blocked until {}: client address {}", until, LogText.safe(client));
        }
    }

    /**
     * A wrong second-factor code: its owner is the one acting, having given the right password (or
     * being signed in, when removing the factor); a block of their codes that it began is on record too.
     */
    @EventListener
    public void secondFactorFailed(SecondFactorFailed event) {
        actors.find(event.userId()).ifPresent(actor -> {
            Subject subject = Subject.user(actor.id(), event.email());
            audit.signIn(AuditAction.SIGN_IN_FAILED, actor.id(), actor.label(), actor.companyId(), subject, null,
                    Map.of("reason", "wrong second-factor code"));
            log.warn("Second-factor code wrong: user {}", actor.id());
            OffsetDateTime blockedUntil = event.blockedUntil();
            if (blockedUntil != null) {
                String until = untilText(blockedUntil);
                audit.signIn(AuditAction.SIGN_IN_BLOCKED, actor.id(), actor.label(), actor.companyId(), subject, null,
                        Map.of("blocked", "second-factor codes", "until", until));
                log.warn("Second-factor codes blocked until {}: user {}", until, actor.id());
            }
        });
    }

    @EventListener
    public void secondFactorGiven(SecondFactorGiven event) {
        actors.find(event.userId()).ifPresent(actor -> audit.signIn(AuditAction.SIGNED_IN, actor.id(), actor.label(),
                actor.companyId(), Subject.user(actor.id(), event.email()), event.clientAddress(),
                Map.of("with", event.factor())));
        log.info("Signed in with {}: user {} from {}", event.factor(), event.userId(), event.clientAddress());
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            actors.find(user.id()).ifPresent(actor -> audit.signIn(AuditAction.SIGNED_OUT, actor.id(), actor.label(),
                    actor.companyId(), Subject.user(actor.id(), user.getUsername()),
                    clientAddress(event.getAuthentication()), null));
            log.info("Signed out: user {}", user.id());
        }
    }

    private static String untilText(OffsetDateTime until) {
        return until.atZoneSameInstant(ProductTime.ZONE).truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString();
    }

    private static String who(Optional<Actor> account) {
        return account.map(actor -> "user " + actor.id()).orElse("no account");
    }

    private static Subject subject(Optional<Actor> account, String typed) {
        return account.map(actor -> Subject.user(actor.id(), typed)).orElseGet(() -> new Subject(null, typed));
    }

    /** What was typed as the e-mail address; it is an account's address when it found one. */
    private static String typed(String name, Optional<Actor> account) {
        return account.isPresent() ? name.strip() : typedEmail(name);
    }

    /** What was typed as the e-mail address, if it looks like one; never anything else (a password typed in the wrong field). */
    static String typedEmail(@Nullable String typed) {
        String email = typed == null ? "" : typed.strip();
        return email.length() <= MAX_EMAIL && EMAIL_SHAPE.matcher(email).matches() ? email : NOT_AN_EMAIL;
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
