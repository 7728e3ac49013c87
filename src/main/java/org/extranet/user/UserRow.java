package org.extranet.user;

import java.time.OffsetDateTime;
import java.util.List;
import org.extranet.base.UserStatus;
import org.jspecify.annotations.Nullable;

/** One line of the admin panel's user list. */
public record UserRow(long id, String firstName, String lastName, String email, List<String> permissions,
                      UserStatus status, @Nullable OffsetDateTime lastSignInAt) {

    /** A user known by id only, to select them before their row is loaded. */
    static UserRow placeholder(long id) {
        return new UserRow(id, "", "", "", List.of(), UserStatus.ACTIVE, null);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
