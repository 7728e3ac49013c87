package org.extranet.secondfactor;

import static org.extranet.db.Tables.AUTHENTICATOR_APP;
import static org.extranet.db.Tables.RECOVERY_CODE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.db.tables.records.AuthenticatorAppRecord;
import org.extranet.security.SignInThrottle;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Checks a code the user typed, inside the caller's transaction: an authenticator app's code, used
 * at most once, or a recovery code, used once. Every check is counted like a password's before it
 * is made ({@link SignInThrottle#reserveCode}), so codes cannot be guessed faster than passwords.
 * A refusal is thrown at the field given; nothing of the attempt but its count stays.
 */
@Component
class CodeCheck {

    private final DSLContext db;
    private final Totp totp;
    private final AuthenticatorSecrets secrets;
    private final SignInThrottle throttle;
    private final Clock clock;

    CodeCheck(DSLContext db, Totp totp, AuthenticatorSecrets secrets, SignInThrottle throttle, Clock clock) {
        this.db = db;
        this.totp = totp;
        this.secrets = secrets;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The app's code, six digits (spaces allowed): its time step is marked used. */
    void appCode(long userId, String email, String typed, Enum<?> field) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + Totp.DIGITS + "}")) {
            throw new FieldRefusal(field, "second-factor.error.code-format");
        }
        AuthenticatorAppRecord app = db.selectFrom(AUTHENTICATOR_APP).where(AUTHENTICATOR_APP.USER_ID.eq(userId))
                .forNoKeyUpdate().fetchOptional()
                .orElseThrow(() -> new Refusal("second-factor.error.no-app"));
        reserve(userId, field);
        Totp.Match match = totp.match(secrets.open(app.getEncryptedSecret()), code, app.getLastUsedStep(), clock.instant());
        if (match.outcome() != Totp.Outcome.ACCEPTED) {
            throttle.codeFailed(userId, email);
            throw new FieldRefusal(field, match.outcome() == Totp.Outcome.ALREADY_USED
                    ? "second-factor.error.code-used" : "second-factor.error.code-wrong");
        }
        db.update(AUTHENTICATOR_APP).set(AUTHENTICATOR_APP.LAST_USED_STEP, match.step())
                .where(AUTHENTICATOR_APP.USER_ID.eq(userId)).execute();
        throttle.codeAccepted(userId);
    }

    /** A recovery code, in any letter case, with or without its dashes: used up by this. */
    void recoveryCode(long userId, String email, String typed, Enum<?> field) {
        String code = normalized(typed);
        if (code.isEmpty()) {
            throw new FieldRefusal(field, "second-factor.error.recovery-code-required");
        }
        reserve(userId, field);
        boolean used = db.update(RECOVERY_CODE)
                .set(RECOVERY_CODE.USED_AT, OffsetDateTime.now(clock))
                .where(RECOVERY_CODE.USER_ID.eq(userId)
                        .and(RECOVERY_CODE.CODE_HASH.eq(hash(code)))
                        .and(RECOVERY_CODE.USED_AT.isNull()))
                .execute() == 1;
        if (!used) {
            throttle.codeFailed(userId, email);
            throw new FieldRefusal(field, "second-factor.error.recovery-code-wrong");
        }
        throttle.codeAccepted(userId);
    }

    private void reserve(long userId, Enum<?> field) {
        if (!throttle.reserveCode(userId)) {
            throw new FieldRefusal(field, "second-factor.error.blocked");
        }
    }

    static String normalized(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Recovery codes are random (about 80 bits), not chosen by anyone, so a plain SHA-256 keeps them safe at rest. */
    static byte[] hash(String normalizedCode) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalizedCode.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
