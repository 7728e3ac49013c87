package org.extranet.staff;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's account as the staff list shows it.
 *
 * @param secondFactorSince since when they have a second factor (an authenticator app or a passkey); null when none
 * @param yourself          whether it is the account of the one looking
 */
public record StaffAccount(long id, String name, String email, @Nullable OffsetDateTime secondFactorSince,
                           @Nullable OffsetDateTime lastSignInAt, boolean yourself) {
}
