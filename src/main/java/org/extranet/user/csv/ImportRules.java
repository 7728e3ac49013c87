package org.extranet.user.csv;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Language;
import org.extranet.base.Refusal;
import org.extranet.user.UserData;
import org.extranet.user.UserField;
import org.extranet.user.UserRules;
import org.jspecify.annotations.Nullable;

/**
 * A row as the user form would have it: its language and permission codes read, then the form's
 * own rules ({@link UserRules}). A column the file lacks keeps what an existing user has (a new
 * user gets the form's defaults). Whether the address is taken is the services' to tell.
 */
final class ImportRules {

    private ImportRules() {
    }

    static UserData userData(ImportRow row, @Nullable UserData existing, Collection<String> entitled,
                             Language defaultLanguage) {
        Language language = language(row.language(), existing == null ? defaultLanguage : existing.language());
        Set<String> permissions = row.permissions() == null
                ? existing == null ? Set.of() : existing.permissions()
                : permissions(row.permissions(), entitled);
        String phone = row.phone() == null ? existing == null ? null : existing.phone() : row.phone();
        return UserRules.checked(new UserData(row.email(), row.firstName(), row.lastName(), phone, language, permissions));
    }

    private static Language language(@Nullable String cell, Language otherwise) {
        if (cell == null || cell.isBlank()) {
            return otherwise;
        }
        return Arrays.stream(Language.values()).filter(language -> language.code().equalsIgnoreCase(cell.strip()))
                .findFirst().orElseThrow(() -> new Refusal("user-import.problem.language", cell.strip()));
    }

    /** Codes separated by spaces, commas, semicolons or bars, in any letter case. */
    private static Set<String> permissions(String cell, Collection<String> entitled) {
        var codes = new TreeSet<String>();
        for (String code : cell.strip().split("[\\s,;|]+")) {
            if (code.isEmpty()) {
                continue;
            }
            String upper = code.toUpperCase(Locale.ROOT);
            if (!entitled.contains(upper)) {
                throw new FieldRefusal(UserField.PERMISSIONS, "user-import.problem.permission", code);
            }
            codes.add(upper);
        }
        return codes;
    }
}
