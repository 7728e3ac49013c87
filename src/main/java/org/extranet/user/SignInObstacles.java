package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.password.TokenPurpose;
import org.extranet.secondfactor.SecondFactors;
import org.extranet.security.SignInThrottle;
import org.extranet.user.SignInHelp.Invitation;
import org.extranet.user.SignInHelp.InvitationState;
import org.extranet.user.SignInHelp.Lock;
import org.extranet.user.SignInHelp.Locker;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what stands between a user and signing in. Only {@link SignInSupport} calls it, after
 * deciding that the actor may see the user, inside its transaction.
 */
@Component
class SignInObstacles {

    private final DSLContext db;
    private final SignInThrottle throttle;
    private final SecondFactors secondFactors;
    private final Clock clock;

    SignInObstacles(DSLContext db, SignInThrottle throttle, SecondFactors secondFactors, Clock clock) {
        this.db = db;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    SignInHelp of(AppUserRecord user) {
        var status = user.getStatus();
        return new SignInHelp(status,
                status == UserStatus.LOCKED ? lock(user) : null,
                throttle.blockedUntil(user.getEmail()),
                status == UserStatus.INVITED ? invitation(user.getId()) : null,
                OffsetDateTime.now(clock),
                secondFactors.secondFactorSince(user.getId()).orElse(null));
    }

    private Lock lock(AppUserRecord user) {
        // The locker's row goes when their account is deleted (locked_by is then set to null).
        Locker locker = user.getLockedBy() == null ? null
                : db.select(APP_USER.FIRST_NAME.concat(" ").concat(APP_USER.LAST_NAME), APP_USER.EMAIL)
                        .from(APP_USER)
                        .where(APP_USER.ID.eq(user.getLockedBy()))
                        .fetchOne(Records.mapping(Locker::new));
        return new Lock(locker, user.getLockedAt());
    }

    /** Issuing a link voids the earlier unused ones, so there is at most one to look at. */
    private Invitation invitation(long userId) {
        @Nullable OffsetDateTime expiresAt = db.select(ONE_TIME_TOKEN.EXPIRES_AT)
                .from(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.USER_ID.eq(userId)
                        .and(ONE_TIME_TOKEN.PURPOSE.eq(TokenPurpose.INVITATION.name()))
                        .and(ONE_TIME_TOKEN.USED_AT.isNull()))
                .orderBy(ONE_TIME_TOKEN.EXPIRES_AT.desc())
                .limit(1)
                .fetchOne(ONE_TIME_TOKEN.EXPIRES_AT);
        if (expiresAt == null) {
            return new Invitation(InvitationState.NOT_SENT, null);
        }
        return new Invitation(expiresAt.isAfter(OffsetDateTime.now(clock)) ? InvitationState.VALID : InvitationState.EXPIRED,
                expiresAt);
    }
}
