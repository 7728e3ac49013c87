package org.extranet.secondfactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.Refusal;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.SecondFactorGiven;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in, after the right password: a code from the authenticator app, or
 * one of its recovery codes (a passkey goes through Spring Security's WebAuthn sign-in instead). Either completes the session's sign-in once its use is committed; until
 * then the session can do nothing else ({@code Actors.current()} refuses it).
 */
@Service
public class SecondFactorSignIn {

    private final DSLContext db;
    private final Actors actors;
    private final SecondFactors factors;
    private final CodeCheck codes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorSignIn(DSLContext db, Actors actors, SecondFactors factors, CodeCheck codes, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.actors = actors;
        this.factors = factors;
        this.codes = codes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The ways the signed-in user can give their second factor now; none when they must set one up first. */
    @Transactional(readOnly = true)
    public SignInStep signInStep() {
        long me = actors.signingIn().id();
        var methods = new ArrayList<SecondFactorMethod>();
        if (factors.hasPasskey(me)) {
            methods.add(SecondFactorMethod.PASSKEY);
        }
        if (factors.authenticatorSince(me).isPresent()) {
            methods.add(SecondFactorMethod.AUTHENTICATOR_APP);
            if (factors.recoveryCodesLeft(me) > 0) {
                methods.add(SecondFactorMethod.RECOVERY_CODE);
            }
        }
        return new SignInStep(methods);
    }

    /** A code from the app; each is taken once, and none older than the last one taken. */
    @Transactional
    public void verifyCode(String code) {
        Owner me = Owner.lock(db, actors.signingIn().id());
        if (factors.authenticatorSince(me.id()).isEmpty()) {
            throw new Refusal("second-factor.error.no-app");
        }
        codes.appCode(me.id(), me.email(), code, SecondFactorField.CODE);
        events.publishEvent(SecondFactorGiven.now(me.id(), me.email(), "authenticator app"));
        AfterCommit.completeSignIn(clock);
    }

    /** A recovery code, for when the app is not at hand: used up by this. Returns how many are left. */
    @Transactional
    public int useRecoveryCode(String code) {
        Actor actor = actors.signingIn();
        Owner me = Owner.lock(db, actor.id());
        codes.recoveryCode(me.id(), me.email(), code, SecondFactorField.RECOVERY_CODE);
        int left = factors.recoveryCodesLeft(me.id());
        audit.record(actor, AuditAction.RECOVERY_CODE_USED, me.companyId(), Subject.user(me.id(), me.email()),
                null, Map.of("recoveryCodesLeft", left));
        events.publishEvent(SecondFactorGiven.now(me.id(), me.email(), "recovery code"));
        AfterCommit.completeSignIn(clock);
        return left;
    }
}
