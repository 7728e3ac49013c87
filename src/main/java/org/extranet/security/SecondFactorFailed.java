package org.extranet.security;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A second-factor code of the user was wrong; {@code blockedUntil} is set when this failure began
 * a block of their codes.
 */
public record SecondFactorFailed(long userId, String email, @Nullable OffsetDateTime blockedUntil) {
}
