package org.extranet.user;

import java.time.OffsetDateTime;
import org.extranet.base.UserStatus;
import org.jspecify.annotations.Nullable;

/**
 * Why a user cannot sign in right now, for staff and administrators helping them: every reason that
 * applies (a user can be locked and blocked at once), or none when they can sign in.
 *
 * @param lock         who locked the user and when, if they are locked
 * @param blockedUntil until when sign-in is blocked after failed attempts, if it is
 * @param invitation   the welcome link's state, if the user is still invited
 * @param readAt       when this was read, the moment "until 15:32" is told against
 * @param secondFactorSince since when the user has a second factor (an authenticator app or a passkey),
 *                     if they have one: someone who lost it cannot sign in, and their administrator removes it
 */
public record SignInHelp(UserStatus status, @Nullable Lock lock, @Nullable OffsetDateTime blockedUntil,
                         @Nullable Invitation invitation, OffsetDateTime readAt,
                         @Nullable OffsetDateTime secondFactorSince) {

    /** Who locked the user and when; {@code locker} is null when that person's account is gone. */
    public record Lock(@Nullable Locker locker, OffsetDateTime lockedAt) {
    }

    public record Locker(String name, String email) {
    }

    /** An invited user's welcome link: not sent yet, valid until {@code expiresAt}, or expired then. */
    public record Invitation(InvitationState state, @Nullable OffsetDateTime expiresAt) {
    }

    public enum InvitationState { NOT_SENT, VALID, EXPIRED }

    public boolean canSignIn() {
        return status == UserStatus.ACTIVE && blockedUntil == null;
    }
}
