package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.base.Language;
import org.extranet.base.Refusal;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.mail.Outbox;
import org.extranet.mail.SecondFactorMail;
import org.extranet.secondfactor.SecondFactors;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.SignInThrottle;
import org.extranet.security.AccessWithdrawn;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may sign in: locking and unlocking a user, and helping one who cannot sign in (why not, lift
 * the block after failed attempts, send the invitation again). The same rights as the other user
 * actions; each change is audited in its own transaction together with the change.
 */
@Service
public class SignInSupport {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final UserAccess access;
    private final Invitations invitations;
    private final SignInObstacles obstacles;
    private final SignInThrottle throttle;
    private final SecondFactors secondFactors;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInSupport(DSLContext db, Actors actors, AuditLog audit, UserAccess access, Invitations invitations,
                  SignInObstacles obstacles, SignInThrottle throttle, SecondFactors secondFactors, Outbox outbox,
                  Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.access = access;
        this.invitations = invitations;
        this.obstacles = obstacles;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    /** Lock: sign-in is refused and the user's open sessions end on their next request. */
    @Transactional
    public void lockUser(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "lockUser", true);
        if (userId == actor.id()) {
            throw new Refusal("user.error.cannot-lock-self");
        }
        if (user.getStatus() == UserStatus.LOCKED) {
            return;
        }
        access.requireAnotherAdministrator(user, "user.error.last-administrator-lock");
        db.update(APP_USER)
                .set(APP_USER.STATUS, UserStatus.LOCKED)
                .set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .set(APP_USER.LOCKED_BY, actor.id())
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        events.publishEvent(AccessWithdrawn.of(userId));
        audit.record(actor, AuditAction.USER_LOCKED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("status", user.getStatus().name()), Map.of("status", UserStatus.LOCKED.name()));
    }

    /** Unlock: back to active, or to invited if the user never set a password. */
    @Transactional
    public void unlockUser(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "unlockUser", true);
        if (user.getStatus() != UserStatus.LOCKED) {
            return;
        }
        UserStatus status = user.getPasswordHash() == null ? UserStatus.INVITED : UserStatus.ACTIVE;
        db.update(APP_USER)
                .set(APP_USER.STATUS, status)
                .setNull(APP_USER.LOCKED_AT)
                .setNull(APP_USER.LOCKED_BY)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        audit.record(actor, AuditAction.USER_UNLOCKED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("status", UserStatus.LOCKED.name()), Map.of("status", status.name()));
    }

    /** "Resend invitation": a new welcome mail whose link voids any earlier one. */
    @Transactional
    public void sendInvitation(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "sendInvitation", true);
        if (user.getStatus() != UserStatus.INVITED) {
            throw new Refusal("user.error.not-invited");
        }
        invitations.invite(actor, userId, user.getCompanyId(), user.getEmail(), user.getFirstName(),
                Language.of(user.getLanguage()));
    }

    /** Why the user cannot sign in (locked, blocked after failed attempts, invitation not usable), or that they can. */
    @Transactional(readOnly = true)
    public SignInHelp signInHelp(long userId) {
        return obstacles.of(access.target(actors.current(), userId, "signInHelp", false));
    }

    /**
     * "Lift the block": the user may try again at once instead of waiting for the block to end. Only
     * the count for their e-mail address goes; a block on a client address stays.
     */
    @Transactional
    public void liftSignInBlock(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "liftSignInBlock", true);
        OffsetDateTime blockedUntil = throttle.blockedUntil(user.getEmail());
        if (blockedUntil == null) {
            return;
        }
        throttle.clear(user.getEmail());
        audit.record(actor, AuditAction.SIGN_IN_BLOCK_LIFTED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("blockedUntil", blockedUntil.toString()), null);
    }

    /**
     * "Remove second factor": for a user who lost their authenticator app or passkeys (a phone, say);
     * all of them go. They sign in with their password alone again, or, when they must have a second factor, set up a new one right after it.
     * They are told by mail, in their language.
     */
    @Transactional
    public void removeSecondFactor(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = access.target(actor, userId, "removeSecondFactor", true);
        List<String> removed = secondFactors.removeAll(userId);
        if (removed.isEmpty()) {
            return;
        }
        outbox.queue(new SecondFactorMail(user.getEmail(), Language.of(user.getLanguage()), user.getFirstName(),
                SecondFactorMail.Change.REMOVED_BY_ADMINISTRATOR));
        audit.record(actor, AuditAction.SECOND_FACTOR_REMOVED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("factor", String.join(", ", removed)), null);
    }
}
