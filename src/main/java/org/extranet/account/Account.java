package org.extranet.account;

import java.util.List;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/** The signed-in user's own account, as Account information and the start page show it. */
public record Account(long id, String email, String firstName, String lastName, @Nullable String phone,
                      Language language, ColorSchemeChoice colorScheme, boolean staff, @Nullable String companyName, List<String> permissions) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
