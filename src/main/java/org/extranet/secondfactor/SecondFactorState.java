package org.extranet.secondfactor;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The user's own second factor, as Account information shows it.
 *
 * @param authenticatorSince since when their authenticator app is set up; null when it is not
 * @param recoveryCodesLeft  the recovery codes not used yet
 * @param required           whether they must have a second factor (staff, or their company requires it)
 */
public record SecondFactorState(@Nullable OffsetDateTime authenticatorSince, int recoveryCodesLeft, boolean required) {

    public boolean hasAuthenticator() {
        return authenticatorSince != null;
    }
}
