package org.extranet.user;

import java.time.OffsetDateTime;
import java.util.List;
import org.extranet.base.UserStatus;
import org.jspecify.annotations.Nullable;

/** One line of the admin panel's user list. */
public record UserRow(long id, String firstName, String lastName, String email, List<String> permissions,
                      UserStatus status, @Nullable OffsetDateTime lastSignInAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
