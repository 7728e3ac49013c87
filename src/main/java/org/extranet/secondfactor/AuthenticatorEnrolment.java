package org.extranet.secondfactor;

import static org.extranet.db.Tables.AUTHENTICATOR_APP;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.Refusal;
import org.extranet.mail.Outbox;
import org.extranet.mail.SecondFactorMail;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.RecentSignIn;
import org.extranet.security.SignInFactors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up an authenticator app, from Account information or, for someone who must have a second
 * factor and has none, right after the password: a new secret first, which counts only once the
 * app's first code confirms it. A user who has an app already removes it first, which asks for the
 * password or a code; so a session still waiting for its second factor cannot swap the factor.
 */
@Service
public class AuthenticatorEnrolment {

    private final DSLContext db;
    private final Actors actors;
    private final Totp totp;
    private final AuthenticatorSecrets secrets;
    private final CodeCheck codes;
    private final SecondFactors factors;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final RecentSignIn recentSignIn;

    AuthenticatorEnrolment(DSLContext db, Actors actors, Totp totp, AuthenticatorSecrets secrets, CodeCheck codes,
                           SecondFactors factors, Outbox outbox, AuditLog audit, Clock clock, RecentSignIn recentSignIn) {
        this.db = db;
        this.recentSignIn = recentSignIn;
        this.actors = actors;
        this.totp = totp;
        this.secrets = secrets;
        this.codes = codes;
        this.factors = factors;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret, kept encrypted until it is confirmed; one not confirmed yet is replaced. */
    @Transactional
    public Enrolment startEnrolment() {
        Owner me = Owner.lock(db, actors.signingIn().id());
        if (!SignInFactors.secondFactorPending()) {
            // Added from Account information: a session left open a while must not add a factor.
            recentSignIn.require();
        }
        if (factors.authenticatorSince(me.id()).isPresent()) {
            throw new Refusal("second-factor.error.already-set-up");
        }
        String secret = totp.newSecret();
        byte[] sealed = secrets.seal(secret);
        var now = OffsetDateTime.now(clock);
        db.insertInto(AUTHENTICATOR_APP)
                .set(AUTHENTICATOR_APP.USER_ID, me.id())
                .set(AUTHENTICATOR_APP.ENCRYPTED_SECRET, sealed)
                .set(AUTHENTICATOR_APP.CREATED_AT, now)
                .onConflict(AUTHENTICATOR_APP.USER_ID)
                .doUpdate()
                .set(AUTHENTICATOR_APP.ENCRYPTED_SECRET, sealed)
                .set(AUTHENTICATOR_APP.CREATED_AT, now)
                .set(AUTHENTICATOR_APP.LAST_USED_STEP, 0L)
                .execute();
        return new Enrolment(Enrolment.grouped(secret), totp.qrCode(secret, me.email()));
    }

    /**
     * The app's first code confirms it: from now on signing in asks for its codes. Returns the new
     * recovery codes, shown this once. The user is told by mail; a sign-in that was waiting for
     * this second factor is complete.
     */
    @Transactional
    public IssuedRecoveryCodes confirmEnrolment(String code) {
        Actor actor = actors.signingIn();
        Owner me = Owner.lock(db, actor.id());
        boolean started = db.fetchExists(AUTHENTICATOR_APP, AUTHENTICATOR_APP.USER_ID.eq(me.id())
                .and(AUTHENTICATOR_APP.CONFIRMED_AT.isNull()));
        if (!started) {
            throw new Refusal(factors.authenticatorSince(me.id()).isPresent()
                    ? "second-factor.error.already-set-up" : "second-factor.error.not-started");
        }
        codes.appCode(me.id(), me.email(), code, SecondFactorField.CODE);
        db.update(AUTHENTICATOR_APP).set(AUTHENTICATOR_APP.CONFIRMED_AT, OffsetDateTime.now(clock))
                .where(AUTHENTICATOR_APP.USER_ID.eq(me.id())).execute();
        var recoveryCodes = factors.issueRecoveryCodes(me.id());
        outbox.queue(me.mail(SecondFactorMail.Change.ADDED));
        audit.record(actor, AuditAction.SECOND_FACTOR_ADDED, me.companyId(), Subject.user(me.id(), me.email()),
                null, Map.of("factor", "authenticator app", "recoveryCodes", recoveryCodes.size()));
        if (SignInFactors.secondFactorPending()) {
            AfterCommit.completeSignIn(clock);
        }
        return new IssuedRecoveryCodes(recoveryCodes);
    }
}
