package org.extranet.secondfactor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.extranet.SignIn;
import org.springframework.stereotype.Component;

/**
 * Authenticator apps for tests: set one up as a user does on Account information, and compute its
 * codes from the key as the app would (with the same library), for the time step now or a few
 * steps before or after.
 */
@Component
public class Authenticators {

    /** A user's app as the test knows it: the key they typed in, and the recovery codes they saved. */
    public record App(String secret, List<String> recoveryCodes) {
    }

    private final AuthenticatorEnrolment enrolment;
    private final SignIn signIn;
    private final Clock clock;

    Authenticators(AuthenticatorEnrolment enrolment, SignIn signIn, Clock clock) {
        this.enrolment = enrolment;
        this.signIn = signIn;
        this.clock = clock;
    }

    /** Signs in as the user, sets up an app with the code of the current step, and signs out again. */
    public App enrol(String email) {
        signIn.as(email);
        try {
            String secret = secretOf(enrolment.startEnrolment().key());
            var codes = enrolment.confirmEnrolment(code(secret, 0));
            return new App(secret, codes.codes());
        } finally {
            signIn.out();
        }
    }

    /** The key as the app takes it: the grouping spaces shown for typing left out. */
    public static String secretOf(String shownKey) {
        return shownKey.replace(" ", "");
    }

    /** The app's code for the time step {@code steps} away from now, by the application's clock. */
    public String code(String secret, int steps) {
        return codeAt(secret, clock.instant(), steps);
    }

    /** The app's code by the real time, for browser tests, whose application runs on it. */
    public static String codeAt(String secret, Instant now, int steps) {
        try {
            return new DefaultCodeGenerator().generate(secret, now.getEpochSecond() / 30 + steps);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
