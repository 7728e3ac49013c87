package org.extranet.staff;

import org.extranet.base.Language;
import org.extranet.user.UserRules;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first staff account an operator asks for ({@code extranet.first-staff.*}), for a database that
 * has none yet: an external one gets no demo data, so it starts with no account at all.
 */
@ConfigurationProperties("extranet.first-staff")
record FirstStaffSettings(@Nullable String email, @Nullable String firstName, @Nullable String lastName,
                          @DefaultValue("pl") Language language) {

    /** The account asked for, checked; none when no e-mail is set. Anything unusable stops the start. */
    @Nullable FirstStaff wanted() {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (!UserRules.isEmail(address)) {
            throw FirstStaffRefused.invalidEmail(address);
        }
        return new FirstStaff(address, name(firstName, "EXTRANET_FIRST_STAFF_FIRST_NAME"),
                name(lastName, "EXTRANET_FIRST_STAFF_LAST_NAME"), language);
    }

    private static String name(@Nullable String value, String setting) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > UserRules.NAME_MAX_LENGTH) {
            throw FirstStaffRefused.name(setting);
        }
        return name;
    }

    /** The first staff member: where their invitation goes, their name, and the language of both. */
    record FirstStaff(String email, String firstName, String lastName, Language language) {
    }
}
