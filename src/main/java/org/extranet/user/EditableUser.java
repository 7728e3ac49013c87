package org.extranet.user;

import org.extranet.base.UserStatus;

/** A user as the edit form opens it; {@code version} guards against silently overwriting someone else's change. */
public record EditableUser(long id, long companyId, int version, UserStatus status, UserData data) {
}
