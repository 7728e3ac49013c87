package org.extranet.security;

import org.extranet.base.FieldRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password of someone already signed in, asked for again before a change that needs it
 * (a new password, removing the second factor). Wrong passwords count like failed sign-ins, so
 * that an open session cannot be used to guess the password: each guess is counted before it is
 * checked, and once the account is blocked none is checked at all. The check takes its turn with
 * the sign-ins ({@link PasswordChecks}); when none comes in time, the attempt is given back.
 */
@Component
public class PasswordConfirmation {

    private enum Outcome { RIGHT, WRONG, BLOCKED, BUSY }

    /** A form's words for a wrong password and for a blocked account; no turn in time reads the same everywhere. */
    public record Messages(String wrong, String blocked) {
    }

    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final PasswordChecks checks;

    PasswordConfirmation(PasswordEncoder passwordEncoder, SignInThrottle throttle, PasswordChecks checks) {
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.checks = checks;
    }

    /** Refuses at the form's field unless {@code typed} is the password; nothing else is done. */
    public void require(String email, @Nullable String hash, String typed, Enum<?> field, Messages messages) {
        @Nullable String problem = switch (check(email, hash, typed)) {
            case RIGHT -> null;
            case WRONG -> messages.wrong();
            case BLOCKED -> messages.blocked();
            case BUSY -> "change-password.busy";
        };
        if (problem != null) {
            throw new FieldRefusal(field, problem);
        }
    }

    /** Whether {@code typed} is the password of the account with this e-mail address and stored hash. */
    private Outcome check(String email, @Nullable String hash, String typed) {
        if (!throttle.reserve(email, null)) {
            return Outcome.BLOCKED;
        }
        boolean right;
        try {
            right = checks.run(() -> hash != null && passwordEncoder.matches(typed, hash));
        } catch (PasswordChecks.Busy busy) {
            throttle.release(email, null);
            return Outcome.BUSY;
        }
        if (!right) {
            throttle.failed(email, null);
            return Outcome.WRONG;
        }
        throttle.release(email, null);
        return Outcome.RIGHT;
    }
}
