package org.extranet.user;

import java.time.OffsetDateTime;
import java.util.List;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.jspecify.annotations.Nullable;

/** One user as the CSV export writes them: the grid's columns plus phone and language. */
public record ExportedUser(String email, String firstName, String lastName, @Nullable String phone, Language language,
                           List<String> permissions, UserStatus status, @Nullable OffsetDateTime lastSignInAt) {
}
