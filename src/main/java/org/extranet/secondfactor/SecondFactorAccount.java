package org.extranet.secondfactor;

import static org.extranet.db.Tables.APP_USER;

import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.mail.Outbox;
import org.extranet.mail.SecondFactorMail;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.PasswordConfirmation;
import org.extranet.security.RecentSignIn;
import org.extranet.security.SecondFactorRule;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own second factor on Account information: what they have, new recovery codes, and removing it. */
@Service
public class SecondFactorAccount {

    private final DSLContext db;
    private final Actors actors;
    private final SecondFactors factors;
    private final CodeCheck codes;
    private final PasswordConfirmation passwords;
    private final Outbox outbox;
    private final AuditLog audit;
    private final RecentSignIn recentSignIn;

    SecondFactorAccount(DSLContext db, Actors actors, SecondFactors factors, CodeCheck codes,
                        PasswordConfirmation passwords, Outbox outbox, AuditLog audit, RecentSignIn recentSignIn) {
        this.db = db;
        this.actors = actors;
        this.factors = factors;
        this.codes = codes;
        this.passwords = passwords;
        this.outbox = outbox;
        this.audit = audit;
        this.recentSignIn = recentSignIn;
    }

    @Transactional(readOnly = true)
    public SecondFactorState mySecondFactor() {
        long me = actors.current().id();
        boolean required = db.select(SecondFactorRule.required(APP_USER.KIND, APP_USER.COMPANY_ID))
                .from(APP_USER).where(APP_USER.ID.eq(me)).fetchSingle().value1();
        return new SecondFactorState(factors.authenticatorSince(me).orElse(null), factors.recoveryCodesLeft(me), required);
    }

    /**
     * Removes the authenticator app and its recovery codes, once the user has given their password
     * or a code from the app (an open session alone is not enough). Signing in no longer asks for
     * it, unless the user must have a second factor: then the next sign-in sets up a new one.
     */
    @Transactional
    public void removeMyAuthenticator(String passwordOrCode) {
        Actor actor = actors.current();
        Owner me = Owner.lock(db, actor.id());
        if (factors.authenticatorSince(me.id()).isEmpty()) {
            throw new Refusal("second-factor.error.no-app");
        }
        if (passwordOrCode.isBlank()) {
            throw new FieldRefusal(SecondFactorField.PASSWORD_OR_CODE, "second-factor.error.password-or-code-required");
        }
        if (passwordOrCode.replaceAll("\\s", "").matches("\\d{" + Totp.DIGITS + "}")) {
            codes.appCode(me.id(), me.email(), passwordOrCode, SecondFactorField.PASSWORD_OR_CODE);
        } else {
            requirePassword(me, passwordOrCode);
        }
        factors.removeAuthenticator(me.id());
        outbox.queue(me.mail(SecondFactorMail.Change.REMOVED));
        audit.record(actor, AuditAction.SECOND_FACTOR_REMOVED, me.companyId(), Subject.user(me.id(), me.email()),
                Map.of("factor", "authenticator app"), null);
    }

    /**
     * "New recovery codes": ten new ones, shown once, and the ones left from before stop working.
     * Asks for the password again after a while, as any change to the second factor does.
     */
    @Transactional
    public IssuedRecoveryCodes newRecoveryCodes() {
        Actor actor = actors.current();
        recentSignIn.require();
        Owner me = Owner.lock(db, actor.id());
        if (factors.authenticatorSince(me.id()).isEmpty()) {
            throw new Refusal("second-factor.error.no-app");
        }
        int before = factors.recoveryCodesLeft(me.id());
        var codes = factors.issueRecoveryCodes(me.id());
        audit.record(actor, AuditAction.RECOVERY_CODES_RENEWED, me.companyId(), Subject.user(me.id(), me.email()),
                Map.of("recoveryCodesLeft", before), Map.of("recoveryCodesLeft", codes.size()));
        return new IssuedRecoveryCodes(codes);
    }

    /** A password of twelve characters or more is never six digits, so what was typed tells which it is. */
    private void requirePassword(Owner me, String password) {
        String hash = db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(me.id()))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        passwords.require(me.email(), hash, password, SecondFactorField.PASSWORD_OR_CODE,
                new PasswordConfirmation.Messages("second-factor.error.password-wrong", "second-factor.error.blocked"));
    }
}
