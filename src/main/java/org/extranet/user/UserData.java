package org.extranet.user;

import java.util.Set;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/** What the user form edits. */
public record UserData(String email, String firstName, String lastName, @Nullable String phone, Language language,
                       Set<String> permissions) {
}
