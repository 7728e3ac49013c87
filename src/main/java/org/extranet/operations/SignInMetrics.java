package org.extranet.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.extranet.security.PasskeyAttempt;
import org.extranet.security.SecondFactorFailed;
import org.extranet.security.SecondFactorGiven;
import org.extranet.security.SignInBlocked;
import org.extranet.security.SignInError;
import org.extranet.security.SignInFactors;
import org.extranet.security.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and sign-in blocks as Prometheus counters, from the same events the
 * audit log records ({@code audit.SecurityEvents}): a sign-in counts once it is complete (after the
 * second factor where one is asked for); a failure is tagged with its reason (a refusal because of a
 * block or a busy server included), a block with what is blocked.
 */
@Component
class SignInMetrics {

    static final String SIGN_INS = "extranet.sign.ins";
    static final String FAILURES = "extranet.sign.in.failures";
    static final String BLOCKS = "extranet.sign.in.blocks";

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String method : new String[] {"password", "passkey", "second-factor"}) {
            signIns(method);
        }
        for (SignInError reason : SignInError.values()) {
            failures(reason.parameter());
        }
        failures("second-factor");
        for (String what : new String[] {"account", "client-address", "second-factor"}) {
            blocks(what);
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof SignedInUser && SignInFactors.complete(authentication)) {
            signIns(authentication.getDetails() instanceof PasskeyAttempt ? "passkey" : "password").increment();
        }
    }

    @EventListener
    void secondFactorGiven(SecondFactorGiven event) {
        signIns("second-factor").increment();
    }

    /** Applications failing to authenticate at the OpenID Connect provider are no one's sign-in. */
    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        if (!event.getAuthentication().getClass().getPackageName().startsWith("org.springframework.security.oauth2")) {
            failures(SignInError.of(event.getException()).parameter()).increment();
        }
    }

    @EventListener
    void signInBlocked(SignInBlocked event) {
        blocks(event.scope().name().toLowerCase(Locale.ROOT).replace('_', '-')).increment();
    }

    @EventListener
    void secondFactorFailed(SecondFactorFailed event) {
        failures("second-factor").increment();
        if (event.blockedUntil() != null) {
            blocks("second-factor").increment();
        }
    }

    private Counter signIns(String method) {
        return Counter.builder(SIGN_INS).description("Complete sign-ins").tag("method", method).register(registry);
    }

    private Counter failures(String reason) {
        return Counter.builder(FAILURES).description("Failed or refused sign-in attempts").tag("reason", reason)
                .register(registry);
    }

    private Counter blocks(String what) {
        return Counter.builder(BLOCKS).description("Sign-in blocks begun").tag("blocked", what).register(registry);
    }
}
