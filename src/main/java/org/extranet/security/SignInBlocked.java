package org.extranet.security;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in block has just begun: for the e-mail address typed, or for the client address the
 * failures came from ({@code clientAddress} is null when the failure came from an open session,
 * a wrong current password).
 */
public record SignInBlocked(Scope scope, String email, @Nullable String clientAddress, OffsetDateTime until) {

    public enum Scope { ACCOUNT, CLIENT_ADDRESS }
}
