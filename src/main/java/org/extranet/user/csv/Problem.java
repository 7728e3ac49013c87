package org.extranet.user.csv;

import java.util.List;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.user.UserField;
import org.jspecify.annotations.Nullable;

/**
 * Why a row is not imported: a message key with its arguments and, when the problem is one
 * field's, the key of that field's label ("First name: Fill in this field.").
 */
public record Problem(@Nullable String fieldKey, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem of(String messageKey, Object... arguments) {
        return new Problem(null, messageKey, List.of(arguments));
    }

    static Problem of(Refusal refusal) {
        String field = refusal instanceof FieldRefusal atField && atField.field() instanceof UserField userField
                ? labelKey(userField) : null;
        return new Problem(field, refusal.messageKey(), List.of(refusal.arguments()));
    }

    private static String labelKey(UserField field) {
        return switch (field) {
            case EMAIL -> "user-form.email";
            case FIRST_NAME -> "user-form.first-name";
            case LAST_NAME -> "user-form.last-name";
            case PHONE -> "user-form.phone";
            case PERMISSIONS -> "user-form.permissions";
        };
    }
}
